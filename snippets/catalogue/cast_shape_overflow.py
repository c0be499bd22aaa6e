m = memoryview(b'abcd')
m.cast('B', [2**64])
m.cast('B', [4]).shape
