import io
io.BytesIO(b'abc').readinto(memoryview(b'xyz'))
buf = bytearray(3)
io.BytesIO(b'abc').readinto(memoryview(buf))
buf
