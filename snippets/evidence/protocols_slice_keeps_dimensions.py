# mode: script
# Slicing a multi-dimensional view selects along the first dimension and
# keeps every dimension: rows 1 to 2 of a 2 x 3 grid are a (1, 3) view.
grid = memoryview(bytes(range(6))).cast("B", (2, 3))
part = grid[1:2]
assert part.shape == (1, 3), part.shape
assert part.tolist() == [[3, 4, 5]], part.tolist()
