import struct, sys
data = struct.pack('i', -42)
data
sys.byteorder
m = memoryview(data)
m.cast('i')[0]
m.cast('I')[0]
2**32 - 42
