m = memoryview(b'readonly')
m.readonly
m[0] = 1
