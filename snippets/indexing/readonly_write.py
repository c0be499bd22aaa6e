m = memoryview(b'abc')
m.readonly
m[0]
m[0] = 65
