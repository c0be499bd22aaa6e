flat = memoryview(bytearray(range(6)))
grid = flat.cast('B', shape=[2, 3])
grid.ndim, grid.shape, grid.strides
grid.tolist()
back = grid.cast('B')
back.ndim, back.shape
back.tolist()
