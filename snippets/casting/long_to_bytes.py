import array
x = memoryview(array.array('l', [1, 2, 3]))
x.format, x.itemsize, len(x), x.nbytes
y = x.cast('B')
y.format, y.itemsize, len(y), y.nbytes
