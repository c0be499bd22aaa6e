# mode: script
# struct.pack('iif', ...) is two 4-byte C ints and then one 4-byte C float,
# 12 bytes with no padding between them.
import struct

data = struct.pack("iif", 42, 100, 3.14)
assert struct.calcsize("i") == struct.calcsize("f") == 4
assert len(data) == 12
assert data == struct.pack("i", 42) + struct.pack("i", 100) + struct.pack("f", 3.14)
