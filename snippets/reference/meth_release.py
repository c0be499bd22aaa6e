data = bytearray(b'abc')
m = memoryview(data)
data.append(100)
m.release()
m.release()
data.append(100)
data
m.tobytes()
