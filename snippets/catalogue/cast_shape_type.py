m = memoryview(b'abcd')
m.cast('B', 4)
m.cast('B', (4,)).shape
m.cast('B', [2, 2]).shape
