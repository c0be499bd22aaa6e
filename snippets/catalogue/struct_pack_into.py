import struct
struct.pack_into('<H', memoryview(b'ab'), 0, 513)
buf = bytearray(2)
struct.pack_into('<H', memoryview(buf), 0, 513)
buf
