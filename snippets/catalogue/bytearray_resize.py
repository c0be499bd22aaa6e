data = bytearray(b'abc')
m = memoryview(data)
data.append(100)
data += b'd'
data[0] = 65
m.release()
data.append(100)
data
