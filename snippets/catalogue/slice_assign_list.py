m = memoryview(bytearray(4))
m[0:2] = [1, 2]
m[0:2] = bytes([1, 2])
m.tolist()
