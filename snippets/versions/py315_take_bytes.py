buf = bytearray(b'abcdef')
view = memoryview(buf)
buf.take_bytes(2)
view.release()
buf.take_bytes(2)
buf
