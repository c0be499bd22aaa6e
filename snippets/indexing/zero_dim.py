m = memoryview(b'a').cast('B', shape=[])
m.ndim
m[()]
m[...]
m[...] is m
m[0]
