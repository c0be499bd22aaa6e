raw = bytearray(8)
ints = memoryview(raw).cast('i')
ints.format, ints.itemsize
len(ints), ints.nbytes
ints[0] = 1
ints[1] = 256
ints.tolist()
raw
