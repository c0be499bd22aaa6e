import struct
data = bytes([0, 1, 2, 3, 4, 255])
memoryview(data).cast('?').tolist()
struct.unpack('6?', data)
