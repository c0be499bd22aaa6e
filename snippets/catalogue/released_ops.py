m = memoryview(b'abc')
m.release()
m[0]
bytes(m)
m.tobytes()
memoryview(m)
