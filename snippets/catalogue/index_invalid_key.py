m = memoryview(b'abc')
m['1']
m[1.0]
m[0, :]
m[int('1')]
