m = memoryview(bytearray(3))
m[0] = b'x'
m[0] = 'x'
m[0] = 1.5
m[0] = ord('x')
bytes(m)
