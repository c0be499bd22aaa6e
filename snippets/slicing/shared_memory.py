buf = bytearray(b'abcdef')
m = memoryview(buf)
tail = m[3:]
tail.obj is buf
tail[0] = ord('X')
buf
inner = tail[1:]
inner.obj is buf
inner[:] = b'YZ'
buf
