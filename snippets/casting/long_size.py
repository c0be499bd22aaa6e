import struct
data = memoryview(bytes(16))
data.cast('l').itemsize, data.cast('L').itemsize
data.cast('i').itemsize, data.cast('q').itemsize
struct.calcsize('l'), struct.calcsize('<l')
