m = memoryview(bytes(6))
m.cast('B', [2, 2])
m.cast('B', [2, 3]).shape
m.cast('B', [3, 2]).shape
