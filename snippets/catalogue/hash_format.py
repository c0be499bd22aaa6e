m = memoryview(b'abcd').cast('i')
hash(m)
hash(m.cast('B')) == hash(b'abcd')
