import io
stream = io.BytesIO(b"abcd")
stream.readinto(bytes(4))
stream.readinto(memoryview(b"xxxx"))
buf = bytearray(4)
stream.readinto(buf[:2])
buf
