import struct
HEADER = struct.Struct("<4sHHH")
RECORD = struct.Struct("<BI")
blob = (HEADER.pack(b"MVW1", 1, 3, 4)
        + RECORD.pack(1, 100) + RECORD.pack(2, 2000) + RECORD.pack(3, 30000)
        + struct.pack("<4I", 10, 20, 30, 40))
view = memoryview(blob)
HEADER.size, RECORD.size
magic, version, nrecords, nvalues = HEADER.unpack_from(view, 0)
magic, version, nrecords, nvalues
view[:4] == b"MVW1"
RECORD.unpack_from(view, HEADER.size)
RECORD.unpack_from(view, HEADER.size + RECORD.size)
