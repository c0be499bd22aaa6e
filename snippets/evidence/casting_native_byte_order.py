# mode: script
# cast() reads multi-byte items in the machine's own byte order
# (sys.byteorder), not in a fixed one.
import struct
import sys

data = bytes(range(1, 9))
for fmt in "hHiIlLqQ":
    size = struct.calcsize(fmt)
    expected = int.from_bytes(data[:size], sys.byteorder, signed=fmt.islower())
    assert memoryview(data[:size]).cast(fmt)[0] == expected, fmt
