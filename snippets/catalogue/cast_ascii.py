m = memoryview(b'abcd')
m.cast('é')
m.cast('B').format
