data = bytearray(b'abc')
with memoryview(data) as m:
    m[0] = ord('A')

v = memoryview(data)
v.release()
data.append(ord('d'))
data
