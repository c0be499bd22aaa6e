import array
numbers = array.array('h', [1, 2, 3])
m = memoryview(numbers)
m.obj is numbers
m.nbytes, m.readonly
m.format, m.itemsize
m.ndim, m.shape, m.strides, m.suboffsets
memoryview(b'abc').readonly, memoryview(bytearray(b'abc')).readonly
