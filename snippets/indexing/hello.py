data = bytearray(b'Hello')
m = memoryview(data)
m[0] = 74
data
m
m.tobytes()
