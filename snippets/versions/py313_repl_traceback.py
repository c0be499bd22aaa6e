view = memoryview(b'abc')
view[5]
