grid = memoryview(bytearray(range(6))).cast('B', shape=[2, 3])
grid[0]
grid[0:1, 0:2]
grid[0:1] = bytes(3)
