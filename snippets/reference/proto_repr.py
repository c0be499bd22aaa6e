m = memoryview(b'abc')
m
repr(m) == str(m)
m.release()
m
print(m)
