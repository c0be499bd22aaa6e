# mode: script
# Six bytes cast to the shape [2, 3] have strides (3, 1): 3 bytes to the next
# row, 1 byte to the next item in a row.
grid = memoryview(bytes(range(6))).cast("B", shape=[2, 3])
assert grid.strides == (3, 1), grid.strides
assert grid[1, 0] == 3 and grid[0, 1] == 1
