import struct
data = struct.pack('iif', 42, 100, 3.14)
len(data)
m = memoryview(data)
ints = m.cast('i')
len(ints), ints.tolist()
floats = m.cast('f')
floats.tolist()
ints[0], ints[1], floats[2]
