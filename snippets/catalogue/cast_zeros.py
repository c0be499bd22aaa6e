empty = memoryview(b'')
empty.cast('B', [1])
empty.cast('B', [0])
empty.cast('c').tolist()
