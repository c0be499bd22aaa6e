import struct
struct.calcsize("<BI"), struct.calcsize("BI"), struct.calcsize("=BI")
blob = struct.pack("<BIBI", 1, 100, 2, 2000)
view = memoryview(blob)
list(struct.iter_unpack("<BI", view))
struct.unpack_from("BI", view, 0)
list(struct.iter_unpack("BI", view))
