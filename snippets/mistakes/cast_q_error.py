memoryview(b'abc').cast('Q')
memoryview(b'abcdefgh').cast('Q').tolist()
