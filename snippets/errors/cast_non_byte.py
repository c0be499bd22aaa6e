ints = memoryview(bytearray(8)).cast('i')
ints.cast('h')
ints.cast('B').cast('h').tolist()
