d = memoryview(bytearray(8)).cast('d')
d[0] = '2.5'
d[0] = float('2.5')
d[0] = 3
d.tolist()
