import io
stream = io.BytesIO(b"GIF89a\x10\x00\x20\x00")
buf = bytearray(8)
view = memoryview(buf)
n = stream.readinto(view)
n, bytes(view[:n])
n = stream.readinto(view)
n, bytes(view[:n])
buf
stream.readinto(view)
