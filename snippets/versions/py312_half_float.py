import struct
packed = struct.pack('3e', 0.5, -2.0, 65504.0)
view = memoryview(packed)
view.cast('e').tolist()
