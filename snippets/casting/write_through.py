buf = bytearray(8)
ints = memoryview(buf).cast('i')
ints[1] = 258
buf
ints[0] = -1
buf
ints.obj is buf
