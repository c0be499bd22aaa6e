m = memoryview(b'abcd')
m.cast('B', ['2', '2'])
m.cast('B', [2.0, 2.0])
m.cast('B', [int('2'), int('2')]).shape
