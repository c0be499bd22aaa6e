import struct
HEADER = struct.Struct("<4sHHH")
RECORD = struct.Struct("<BI")
blob = (HEADER.pack(b"MVW1", 1, 3, 4)
        + RECORD.pack(1, 100) + RECORD.pack(2, 2000) + RECORD.pack(3, 30000)
        + struct.pack("<4I", 10, 20, 30, 40))
view = memoryview(blob)
start = HEADER.size
end = start + RECORD.size * 3
section = view[start:end]
section.nbytes, section.obj is blob
list(struct.iter_unpack("<BI", section))
for kind, size in RECORD.iter_unpack(section):
    print(kind, size)

