# mode: script
# struct.unpack_from() reads from any object that supports the buffer
# protocol: bytes, bytearray, a memoryview or an array, with the same result.
import array
import struct

data = struct.pack("<Iid", 7, -7, 0.5) * 2
record = struct.Struct("<Iid")
sources = [data, bytearray(data), memoryview(data), array.array("B", data)]
assert all(record.unpack_from(s, 16) == (7, -7, 0.5) for s in sources)
try:
    record.unpack_from(list(data), 16)
except TypeError:
    pass
else:
    raise AssertionError("unpack_from() read a list")
