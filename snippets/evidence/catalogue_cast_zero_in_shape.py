# mode: script
# A multi-dimensional view with 0 in its shape cannot be cast at all, not
# even to its own format without a shape.
grid = memoryview(bytes(6)).cast('B', [2, 3])
empty_rows = grid[0:0]
assert empty_rows.shape == (0, 3), empty_rows.shape
for cast in (lambda: empty_rows.cast('B'), lambda: empty_rows.cast('c'),
             lambda: empty_rows.cast('B', [3])):
    try:
        cast()
    except TypeError as exc:
        assert str(exc) == "memoryview: cannot cast view with zeros in shape or strides", exc
    else:
        raise AssertionError("a view with 0 in its shape was cast")
