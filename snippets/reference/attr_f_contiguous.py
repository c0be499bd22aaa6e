m = memoryview(b'abcdef')
m.c_contiguous, m.f_contiguous
grid = m.cast('B', shape=[2, 3])
grid.c_contiguous, grid.f_contiguous
row = m.cast('B', shape=[1, 6])
row.strides, row.c_contiguous, row.f_contiguous
column = m.cast('B', shape=[6, 1])
column.strides, column.c_contiguous, column.f_contiguous
