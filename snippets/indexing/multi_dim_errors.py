m = memoryview(b'abcdef').cast('B', shape=[2, 3])
m[2, 0]
m[1, 2, 0]
m[0:1, 0]
m[0:1, 0:2]
