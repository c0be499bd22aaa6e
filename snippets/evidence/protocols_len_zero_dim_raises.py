# mode: script
# len() of a zero-dimensional view raises TypeError; up to 3.11 it returned 1.
m = memoryview(bytes(4)).cast("i", shape=[])
assert m.ndim == 0 and m.shape == ()
try:
    n = len(m)
except TypeError:
    pass
else:
    raise AssertionError("len() of a 0-dim view returned %r" % n)
