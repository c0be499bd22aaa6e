m = memoryview(b'abcdef').cast('B', shape=[2, 3])
m.shape
m[1, 2]
m[0, -1]
m[1]
m[1:2].tolist()
m.tolist()[1]
