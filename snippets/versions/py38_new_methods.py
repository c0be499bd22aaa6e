buf = bytearray(b'\x01\x02\x03\x04')
m = memoryview(buf)
ro = m.toreadonly()
ro.readonly, m.readonly
ro[0] = 9
m.hex(':')
m.hex(' ', 2)
grid = m.cast('B', shape=[2, 2])
grid.tolist()
grid.tobytes(order='C')
grid.tobytes(order='F')
