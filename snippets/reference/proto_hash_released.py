m = memoryview(b'abc')
m.release()
hash(m)
h = memoryview(b'abc')
before = hash(h)
h.release()
hash(h) == before
