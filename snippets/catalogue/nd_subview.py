m = memoryview(b'abcdef').cast('B', [2, 3])
m[0]
list(m)
m[0, 1]
m.tolist()[0]
