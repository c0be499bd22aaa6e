import struct
view = memoryview(struct.pack("<4sHHH", b"MVW1", 1, 3, 4))
struct.unpack_from("<I", view, 8)
struct.unpack_from("<4sHHHI", view)
list(struct.iter_unpack("<BI", view[2:]))
