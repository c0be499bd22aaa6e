m = memoryview(b'abcdef')
m.shape, len(m)
import array
memoryview(array.array('d', [1.0, 2.0, 3.0])).shape
grid = m.cast('B', shape=[2, 3])
grid.shape, len(grid)
grid.tolist()
m[::2].shape, m[4:100].shape
