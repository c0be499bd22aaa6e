c = memoryview(bytearray(2)).cast('c')
c[0] = 65
c[0] = 'A'
c[0] = b'A'
c[1] = bytes([66])
c.tobytes()
