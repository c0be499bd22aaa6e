import struct
header = struct.pack("<4sHHH", b"MVW1", 1, 3, 4)
records = b"".join(struct.pack("<BI", kind, size) for kind, size in [(1, 100), (2, 2000), (3, 30000)])
values = struct.pack("<4I", 10, 20, 30, 40)
blob = header + records + values
len(header), len(records), len(values), len(blob)
blob[:10]
blob[10:15]
