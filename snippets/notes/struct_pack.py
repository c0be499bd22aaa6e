import struct
packed = struct.pack("<HI", 1, 2)
type(packed)
packed
view = memoryview(packed)
view.nbytes
struct.unpack_from("<I", view, 2)
