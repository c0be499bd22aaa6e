m = memoryview(b'a')
m.cast('B', [1] * 65)
m.cast('B', [1] * 64).ndim
