m = memoryview(b'\x2a\x00\x00\x00').cast('i', shape=[])
m.ndim, m.shape, m.strides
m.nbytes, m.itemsize
m.tolist()
m[()]
len(m)
