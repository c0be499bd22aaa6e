memoryview(b'abc').suboffsets
memoryview(b'abcdef').cast('B', shape=[2, 3]).suboffsets
memoryview(b'abcd').cast('i', shape=[]).suboffsets
type(memoryview(b'abc').suboffsets)
