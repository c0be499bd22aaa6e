# mode: script
# Negative indexes work in each position of a tuple index, counting from the
# end of that dimension.
grid = memoryview(bytes(range(24))).cast("B", shape=[2, 3, 4])
assert grid[-1, 0, 0] == grid[1, 0, 0] == 12
assert grid[0, -1, 0] == grid[0, 2, 0] == 8
assert grid[0, 0, -1] == grid[0, 0, 3] == 3
assert grid[-2, -3, -4] == 0 and grid[-1, -1, -1] == 23
