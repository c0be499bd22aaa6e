import array
buf = bytearray(8)
m = memoryview(buf)
m[0:4] = array.array('B', [1, 2, 3, 4])
m[4:8] = array.array('i', [5])
ints = m.cast('i')
ints[1:2] = array.array('i', [5])
buf
memoryview(b'read only')[0:4] = b'READ'
