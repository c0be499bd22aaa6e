m = memoryview(bytes(8))
len(m)
len(m.cast('i')), m.cast('i').nbytes
len(m.cast('B', shape=[2, 4]))
m.release()
len(m)
