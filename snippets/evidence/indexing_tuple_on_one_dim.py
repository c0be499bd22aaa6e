# mode: script
# On a one-dimensional view a tuple of one integer reads and writes like the
# integer itself; a tuple of two or more raises TypeError.
m = memoryview(bytearray(b"abc"))
assert m[(0,)] == m[0] == 97 and m[(-1,)] == 99
m[(1,)] = 66
assert m.tobytes() == b"aBc"
for key in ((0, 1), (0, 0, 0)):
    try:
        m[key]
    except TypeError as exc:
        assert str(exc) == f"cannot index 1-dimension view with {len(key)}-element tuple", exc
        continue
    raise AssertionError(f"m[{key}] did not raise")
