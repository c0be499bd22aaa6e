import io
m = memoryview(b'abcdefgh')
io.BytesIO().write(m[2:6])
io.BytesIO().write(m[::2])
io.BytesIO().write(m[::2].tobytes())
