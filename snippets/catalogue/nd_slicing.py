m = memoryview(b'abcdef').cast('B', [2, 3])
m[:, :]
m[:, 0]
m[1:].tolist()
