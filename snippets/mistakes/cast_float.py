import struct
packed = struct.pack('f', 3.14)
value = memoryview(packed).cast('f')[0]
value
value == 3.14
