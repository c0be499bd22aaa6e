import array
hash(memoryview(bytearray(b'abc')))
hash(memoryview(bytes(8)).cast('i'))
hash(memoryview(bytearray(b'abc')).toreadonly())
hash(memoryview(array.array('B', b'abc')).toreadonly())
