buf = bytearray(b'zyz')
x = memoryview(buf)
x[0] = b'a'
y = x.cast('c')
y[0] = b'a'
buf
