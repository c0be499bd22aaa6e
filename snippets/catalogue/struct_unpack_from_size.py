import struct
m = memoryview(b'abcdef')
struct.unpack_from('<i', m, 4)
struct.unpack_from('<i', m, 2)
