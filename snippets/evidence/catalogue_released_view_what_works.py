# mode: script
# On a released view, indexing, len(), bytes(), tobytes(), attributes and a
# new view raise ValueError; repr(), ==, release() and a hash computed
# before the release still work.
MESSAGE = "operation forbidden on released memoryview object"
m = memoryview(b'abc')
h = hash(m)
m.release()
refused = [
    lambda: m[0], lambda: len(m), lambda: bytes(m), lambda: m.tobytes(),
    lambda: m.tolist(), lambda: m.nbytes, lambda: m.format, lambda: m.shape,
    lambda: m.cast('B'), lambda: memoryview(m), lambda: list(m),
]
for action in refused:
    try:
        action()
    except ValueError as exc:
        assert str(exc) == MESSAGE, exc
    else:
        raise AssertionError("an operation on a released view worked")
assert 'released' in repr(m)
assert (m == m) is True and (m == memoryview(b'abc')) is False
m.release()
assert hash(m) == h
