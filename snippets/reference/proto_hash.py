m = memoryview(b'abc')
hash(m) == hash(b'abc')
{b'abc': 1}[m]
hash(m.cast('c')) == hash(m.cast('b')) == hash(m)
hash(memoryview(b'abcd')[::2]) == hash(b'ac')
hash(memoryview(b'abcd').cast('B', shape=[2, 2])) == hash(b'abcd')
