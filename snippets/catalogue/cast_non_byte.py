import array
m = memoryview(array.array('i', [1, 2]))
m.cast('h')
m.cast('B').cast('h').tolist()
