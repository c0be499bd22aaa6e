m = memoryview(bytearray(4))
m.cast('B', shape=[2, 3])
m.cast('B', shape=[2, 2]).tolist()
