data = bytearray(b'abc')
with memoryview(data) as m:
    print(m.tobytes())
    data.append(100)

m
data.append(100)
data
