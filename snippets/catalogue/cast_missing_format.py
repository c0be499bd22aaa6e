m = memoryview(b'abcd')
m.cast(shape=[2, 2])
m.cast('B', shape=[2, 2]).shape
