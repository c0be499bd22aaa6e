m = memoryview(b'abc')
m[3]
m[-4]
m[len(m) - 1]
