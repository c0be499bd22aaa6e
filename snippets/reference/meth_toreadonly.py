data = bytearray(b'abc')
m = memoryview(data)
ro = m.toreadonly()
ro.readonly, m.readonly
ro[0] = 65
m[0] = 65
ro.tobytes()
ro.obj is data
