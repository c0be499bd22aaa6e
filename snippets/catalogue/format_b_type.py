m = memoryview(bytearray(2))
m[0] = b'A'
m[0] = 'A'
m[0] = 65.0
m[0] = ord('A')
m[1] = b'B'[0]
m.tobytes()
