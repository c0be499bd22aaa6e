buf = bytearray(b"abc")
view = memoryview(buf)
view[0] = ord("A")
buf.extend(b"def")
view.release()
buf.extend(b"def")
with memoryview(buf) as view:
    view[1] = ord("B")

buf.extend(b"ghi")
buf
