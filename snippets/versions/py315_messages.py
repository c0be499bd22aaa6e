import struct
class Broken:
    def __buffer__(self, flags):
        return b'abc'

memoryview(Broken())
struct.pack_into('B', b'x', 0, 1)
memoryview(b'ab').cast('Zq')
