m = memoryview(b'abc')
m.readonly
m[0] = 65
m[0:2] = b'AB'
w = memoryview(bytearray(b'abc'))
w[0] = 65
w.obj
