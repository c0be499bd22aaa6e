m = memoryview(bytearray(b'abc'))
m.readonly = True
m.nbytes = 10
del m.shape
m.label = 'header'
