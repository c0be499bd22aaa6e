m = memoryview(b'abcd')
m.cast('B', [2**62, 4])
m.cast('B', [2, 2]).nbytes
