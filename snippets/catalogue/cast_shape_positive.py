m = memoryview(b'abcd')
m.cast('B', [4, 0])
m.cast('B', [-2, -2])
m.cast('B', [4, 1]).shape
