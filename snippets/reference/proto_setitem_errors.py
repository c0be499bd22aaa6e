m = memoryview(bytearray(b'abc'))
m[0] = 256
m[0] = b'A'
m[0:2] = b'xyz'
memoryview(b'abc')[0] = 65
