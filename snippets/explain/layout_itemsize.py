import struct
data = struct.pack('6h', 10, 20, 30, 40, 50, 60)
grid = memoryview(data).cast('h', shape=[2, 3])
grid.itemsize, grid.shape, grid.strides
offset = 1 * grid.strides[0] + 2 * grid.strides[1]
offset
struct.unpack_from('h', data, offset)[0], grid[1, 2]
