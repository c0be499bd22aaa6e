view = memoryview(b'abc')
view.readonly
view[0] = ord('x')
