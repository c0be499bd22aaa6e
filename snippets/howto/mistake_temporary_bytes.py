data = b"read-only source"
view = memoryview(bytearray(data))
view[:4] = b"READ"
data
view.obj
