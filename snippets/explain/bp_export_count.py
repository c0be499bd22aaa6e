data = bytearray(b'abc')
first = memoryview(data)
second = memoryview(data)
data.append(100)
first.release()
data.append(100)
second.release()
data.append(100)
data
