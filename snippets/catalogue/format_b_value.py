m = memoryview(bytearray(2))
m[0] = 256
m[0] = -1
m[0] = 256 % 256
m[1] = -1 % 256
m.tolist()
