m = memoryview(b'abc')
m.release()
m
m[0]
len(m)
