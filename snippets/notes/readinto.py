import io
source = io.BytesIO(b"header--payload!")
buf = bytearray(16)
view = memoryview(buf)
source.readinto(view[:8])
source.readinto(view[8:])
buf
