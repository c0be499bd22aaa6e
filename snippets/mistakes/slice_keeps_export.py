buf = bytearray(b'abc')
view = memoryview(buf)
head = view[:1]
del view
buf.append(ord('d'))
head.release()
buf.append(ord('d'))
buf
