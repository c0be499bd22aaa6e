m = memoryview(bytes(12)).cast('B', [3, 4])
m.cast('B', [4, 3])
m.cast('B').cast('B', [4, 3]).shape
