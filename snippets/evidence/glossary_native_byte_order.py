# mode: script
# A view reads multi-byte numbers in the machine's byte order, which is
# little-endian here: the lowest byte comes first.
import sys
raw = bytes([1, 2, 3, 4])
assert sys.byteorder == "little"
assert memoryview(raw).cast("H")[0] == int.from_bytes(raw[:2], "little") == 0x0201
assert memoryview(raw).cast("I")[0] == 0x04030201
