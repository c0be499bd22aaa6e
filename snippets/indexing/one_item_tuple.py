m = memoryview(bytearray(b'abc'))
m[(0,)]
m[-1,]
m[(1,)] = 66
m.tobytes()
