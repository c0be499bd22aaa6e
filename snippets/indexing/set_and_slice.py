m = memoryview(bytearray(10))
m[0] = 65
m[0]
m[0:3]
