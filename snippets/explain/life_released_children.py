buf = bytearray(b'abcdef')
m = memoryview(buf)
middle = m[2:4]
m.release()
middle.tobytes(), middle.obj is buf
m[2:4]
m.cast('c')
memoryview(m)
