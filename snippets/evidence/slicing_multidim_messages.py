# mode: script
# On a 2-D view, a row index, a tuple of slices and a slice assignment raise
# NotImplementedError with these exact messages.
grid = memoryview(bytearray(range(6))).cast("B", shape=[2, 3])


def row():
    grid[0]


def tuple_of_slices():
    grid[0:1, 0:2]


def assign():
    grid[0:1] = bytes(3)


cases = [
    (row, "multi-dimensional sub-views are not implemented"),
    (tuple_of_slices, "multi-dimensional slicing is not implemented"),
    (assign, "memoryview slice assignments are currently restricted to ndim = 1"),
]
for action, text in cases:
    try:
        action()
    except NotImplementedError as exc:
        assert str(exc) == text, (str(exc), text)
    else:
        raise AssertionError(f"{action.__name__} did not raise")
