import struct
data = struct.pack('iif', 42, 100, 3.14)
value = memoryview(data)[8:].cast('f')[0]
value
value == 3.14
struct.unpack('iif', data)
memoryview(struct.pack('d', 3.14)).cast('d')[0]
