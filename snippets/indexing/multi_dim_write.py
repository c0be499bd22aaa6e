data = bytearray(6)
m = memoryview(data).cast('B', shape=[2, 3])
m[1, 2] = 9
m[0, 0] = 1
data
m.tolist()
