a = memoryview(b'abc')
b = memoryview(b'abd')
a < b
a == b
bytes(a) < bytes(b)
