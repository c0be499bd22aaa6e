flat = memoryview(bytes(range(12)))
flat.c_contiguous, flat.f_contiguous
grid = flat.cast('B', shape=[3, 4])
grid.strides, grid.c_contiguous, grid.f_contiguous
rows = grid[::2]
rows.shape, rows.strides, rows.c_contiguous
rows.tolist()
flipped = grid[::-1]
flipped.strides, flipped.c_contiguous
top = grid[:1]
top.shape, top.c_contiguous, top.f_contiguous
