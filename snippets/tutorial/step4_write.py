buf = bytearray(b'hello world')
view = memoryview(buf)
view.readonly
view[0] = ord('j')
buf
