m = memoryview(b'abc')
m[1.0]
m['a']
m[1, 2]
m[int(1.0)]
