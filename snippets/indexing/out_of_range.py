m = memoryview(b'abc')
m[3]
m[-4]
m[2]
