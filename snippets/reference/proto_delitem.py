m = memoryview(bytearray(b'abc'))
del m[0]
del m[0:1]
del memoryview(b'abc')[0]
