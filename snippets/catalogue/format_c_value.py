c = memoryview(bytearray(2)).cast('c')
c[0] = b'AB'
c[0] = b''
c[0] = b'A'
c[1] = b'AB'[1:]
c.tolist()
