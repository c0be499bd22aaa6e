z = memoryview(b'A').cast('B', [])
len(z)
z.shape
z.nbytes
