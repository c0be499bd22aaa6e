import array
m = memoryview(array.array('H', [1, 256]))
m.tolist()
m.hex()
m.hex(' ')
m.hex(' ', m.itemsize)
m[::-1].hex(' ', 2)
