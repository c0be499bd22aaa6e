buf = bytearray(b'hello world')
view = memoryview(buf)
tail = view[6:]
tail[:] = b'WORLD'
buf
buf[0] = ord('H')
view[0]
bytes(view)
