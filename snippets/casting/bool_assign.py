m = memoryview(bytearray(2)).cast('?')
m[0] = [1]
m[1] = 0.0
m.tolist()
m[0] = 'no'
m[1] = []
m.tolist(), m.obj
