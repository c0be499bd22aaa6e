c = memoryview(bytearray(3)).cast('c')
c[0] = 65
c[0] = b'xy'
c[0] = b'x'
c.tobytes()
