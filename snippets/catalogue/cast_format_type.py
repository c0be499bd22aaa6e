m = memoryview(b'abcd')
m.cast(b'i')
m.cast('i').format
