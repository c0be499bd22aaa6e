grid = memoryview(bytearray(range(12))).cast('B', shape=[4, 3])
grid.c_contiguous, grid.f_contiguous
middle = grid[1:3]
middle.strides, middle.c_contiguous
every_other = grid[::2]
every_other.strides, every_other.c_contiguous
every_other.tolist()
every_other.cast('B')
every_other.tobytes()
