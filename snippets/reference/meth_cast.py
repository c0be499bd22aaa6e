m = memoryview(bytes([1, 0, 0, 0, 2, 0, 0, 0]))
m.cast('i').tolist()
m.cast('B', shape=[2, 4]).tolist()
m.cast(format='B', shape=(4, 2)).shape
m.cast('i').format, m.format
