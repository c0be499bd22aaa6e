import struct
m = memoryview(b'abcdef')
struct.unpack('<i', m)
struct.unpack('<i', m[:4])
struct.calcsize('<i')
