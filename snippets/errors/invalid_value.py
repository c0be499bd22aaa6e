m = memoryview(bytearray(3))
m[0] = 256
m[0] = -1
m.cast('b')[0] = 128
