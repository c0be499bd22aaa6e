data = bytearray(b'abc')
r = memoryview(data).toreadonly()
r[0] = 65
memoryview(data)[0] = 65
data
