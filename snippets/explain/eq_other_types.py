import array
m = memoryview(b'abc')
m == b'abc', b'abc' == m
m == bytearray(b'abc'), m == array.array('B', b'abc')
m == array.array('b', b'abc'), m == array.array('h', [97, 98, 99])
m == [97, 98, 99], m == 'abc'
m.tolist() == [97, 98, 99]
