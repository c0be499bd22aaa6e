import struct
buf = struct.pack('l' * 6, *range(6))
grid = memoryview(buf).cast('l', shape=[2, 3])
grid.tolist()
flat = grid.cast('B')
flat.ndim, flat.shape, flat.nbytes
flat.tobytes() == grid.tobytes() == buf
cube = memoryview(struct.pack('i' * 12, *range(12))).cast('i', shape=[2, 2, 3])
cube.tolist()
signed = cube.cast('b')
signed.format, signed.itemsize, len(signed), signed.nbytes
