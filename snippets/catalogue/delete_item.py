data = bytearray(b'abc')
m = memoryview(data)
del m[0]
del m[0:1]
m.release()
del data[0]
data
