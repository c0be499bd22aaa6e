m = memoryview(b'abc')
other = memoryview(b'abc')
m == other
m.release()
m == m
m == other, m == b'abc'
m != m
