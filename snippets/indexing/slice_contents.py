m = memoryview(bytearray(10))
m[0] = 65
part = m[0:3]
part.tobytes()
bytes(part)
part.tolist()
