z = memoryview(b'A').cast('B', [])
z.index(65)
z.count(65)
z[()] == 65
