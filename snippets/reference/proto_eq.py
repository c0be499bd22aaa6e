import array
m = memoryview(b'ab')
m == b'ab', m == bytearray(b'ab')
m == memoryview(b'ab')
m != b'ab'
m == [97, 98], m == 'ab'
memoryview(array.array('i', [97, 98])) == m
