# mode: script
# On a multi-dimensional view, one integer (a row) and a tuple of slices
# both raise NotImplementedError.
grid = memoryview(bytes(6)).cast("B", (2, 3))
for key in (1, (slice(0, 1), slice(0, 1))):
    try:
        grid[key]
    except NotImplementedError:
        continue
    raise AssertionError(f"grid[{key!r}] did not raise NotImplementedError")
