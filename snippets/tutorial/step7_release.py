buf = bytearray(b'abc')
with memoryview(buf) as view:
    view[0] = ord('x')
    buf.append(ord('d'))

buf
with memoryview(buf) as view:
    view[1] = ord('y')

buf.append(ord('d'))
buf
view[0]
