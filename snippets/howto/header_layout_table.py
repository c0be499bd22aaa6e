# mode: script
# The layout of the recipe's made-up format: each part's offset and size
# are computed by struct from its format code, not typed.
import struct

COUNTS = {"records": 3, "values": 4}  # the sample file's counts
PARTS = [
    ("header", "magic MVW1, version, record count, value count", "<4sHHH", 1),
    ("records", "a kind byte and a 32-bit size", "<BI", COUNTS["records"]),
    ("values", "unsigned 32-bit integers", "<I", COUNTS["values"]),
]
print("part\toffset\tsize\tcontent\tstruct code")
offset = 0
for part, content, code, count in PARTS:
    size = struct.calcsize(code)
    each = f"{size}" if count == 1 else f"{size} each ({count} in the sample: {size * count})"
    print(f"{part}\t{offset}\t{each}\t{content}\t{code}")
    offset += size * count
