m = memoryview(b'abc')
m[...]
m[()]
