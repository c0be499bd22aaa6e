z = memoryview(b'A').cast('B', [])
z.ndim
z[0]
z[()]
z[...]
