data = bytearray(b'abcd')
hash(memoryview(data))
hash(memoryview(data).toreadonly())
hash(memoryview(b'abcd').cast('i'))
