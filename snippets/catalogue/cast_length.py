m = memoryview(b'abcdefg')
m.cast('i')
len(m) % 4
m[:4].cast('i').nbytes
