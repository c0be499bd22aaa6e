m = memoryview(b'ab')
m.release()
iter(m)
list(m)
