# mode: script
# cast() takes a shape only as a list or a tuple: an int, a range, a
# generator and a str raise TypeError "shape must be a list or a tuple".
m = memoryview(bytes(4))
for shape in (4, range(4), (n for n in [4]), '4'):
    try:
        m.cast('B', shape)
    except TypeError as exc:
        assert str(exc) == "shape must be a list or a tuple", exc
    else:
        raise AssertionError(f"shape {shape!r} was taken")
assert m.cast('B', [4]).shape == (4,) and m.cast('B', (2, 2)).shape == (2, 2)
