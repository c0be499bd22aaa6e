buf = bytearray(b'abc')
with memoryview(buf) as m:
    m[0] = ord('X')
    buf.append(100)

m
buf.append(100)
buf
