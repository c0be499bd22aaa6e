d = memoryview(bytearray(8)).cast('d')
d[0] = 0.1
d[0]
f = memoryview(bytearray(8)).cast('f')
f[0] = 0.1
f[0]
f[1] = 3
f[1]
