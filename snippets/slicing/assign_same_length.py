buf = bytearray(b'hello world')
m = memoryview(buf)
m[0:5] = b'HELLO'
buf
m[0:5] = b'HI'
m[0:2] = b'HELLO'
m[6:] = b'there'
buf
