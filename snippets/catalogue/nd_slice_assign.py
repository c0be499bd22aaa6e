m = memoryview(bytearray(6)).cast('B', [2, 3])
m[0:1] = b'abc'
flat = m.cast('B')
flat[0:3] = b'abc'
m.tolist()
