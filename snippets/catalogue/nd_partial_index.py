m = memoryview(bytearray(b'abcdef')).cast('B', [2, 3])
m[0,]
m[0] = 65
m[0, 0] = 65
m.tobytes()
