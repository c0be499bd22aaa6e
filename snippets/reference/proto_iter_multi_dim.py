grid = memoryview(bytes(6)).cast('B', shape=[2, 3])
iter(grid)
list(grid)
