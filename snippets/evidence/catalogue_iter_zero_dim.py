# mode: script
# iter() on a zero-dimensional view raises TypeError
# "invalid indexing of 0-dim memory".
z = memoryview(b'A').cast('B', [])
try:
    iter(z)
except TypeError as exc:
    assert str(exc) == "invalid indexing of 0-dim memory", exc
else:
    raise AssertionError("iter() of a 0-dim view worked")
