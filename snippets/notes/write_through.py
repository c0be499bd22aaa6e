buf = bytearray(b"hello")
view = memoryview(buf)
view[0] = ord("j")
buf
view[1:3] = b"EL"
buf
