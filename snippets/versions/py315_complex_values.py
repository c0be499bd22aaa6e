import struct, array
packed = struct.pack('2d', 1.0, 2.0)
memoryview(packed).cast('Zd').tolist()
memoryview(struct.pack('2f', 3.0, 4.0)).cast('Zf')[0]
memoryview(array.array('Zd', [1+2j, 3j])).tolist()
struct.calcsize('Zd')
