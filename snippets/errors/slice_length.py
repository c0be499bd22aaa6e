m = memoryview(bytearray(4))
m[0:2] = b'abc'
m[::2] = b'abc'
m[0:2] = b'ab'
m[1:4] = b'xyz'
bytes(m)
