data = bytearray(b'readonly')
m = memoryview(data)
m.readonly
m[0] = ord('R')
data
