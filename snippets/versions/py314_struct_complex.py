import struct
struct.calcsize('D')
