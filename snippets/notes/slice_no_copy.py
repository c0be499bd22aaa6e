data = bytearray(b"abcdef")
copied = data[1:4]
viewed = memoryview(data)[1:4]
viewed.obj is data
data[1] = ord("X")
copied
bytes(viewed)
