m = memoryview(b'abcdef').cast('B', [2, 3])
m[0, 3]
m[2, 0]
m.shape
m[1, 2]
