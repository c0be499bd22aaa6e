'__iter__' in vars(memoryview)
m = memoryview(b'ab')
type(iter(m))
list(m)
[item for item in m.cast('c')]
