buf = bytearray(b"hello world")
tail = memoryview(buf[6:])
tail[0] = ord("W")
buf
tail.obj is buf, tail.tobytes()
tail = memoryview(buf)[6:]
tail[0] = ord("W")
buf
tail.obj is buf
