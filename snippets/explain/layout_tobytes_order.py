grid = memoryview(bytes([10, 20, 30, 40, 50, 60])).cast('B', shape=[2, 3])
grid.tolist()
list(grid.tobytes())
list(grid.tobytes(order='C'))
list(grid.tobytes(order='F'))
list(grid.tobytes(order='A'))
grid.c_contiguous, grid.f_contiguous
