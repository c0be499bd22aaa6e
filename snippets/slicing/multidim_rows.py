grid = memoryview(bytearray(range(6))).cast('B', shape=[2, 3])
grid.tolist()
top = grid[0:1]
top
top.shape, top.strides
top.tolist()
grid[::-1].tolist()
grid[1, 2]
