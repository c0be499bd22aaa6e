m = memoryview(b'abcdef').cast('B', [2, 3])
m[0, 1, 2]
m.ndim
m[0, 1]
