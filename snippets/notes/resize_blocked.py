buf = bytearray(b"abc")
view = memoryview(buf)
buf.append(100)
view.release()
buf.append(100)
buf
