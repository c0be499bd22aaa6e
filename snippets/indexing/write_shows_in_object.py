data = bytearray(b'abc')
m = memoryview(data)
m[-1] = ord('C')
data
data[0] = ord('A')
m[0]
m.tobytes()
