# mode: script
# struct.unpack(), unpack_from() and iter_unpack() read from a memoryview (and
# from a slice of one) as they do from bytes.
import struct

data = struct.pack("<3H", 1, 2, 3)
view = memoryview(data)
assert struct.unpack("<3H", view) == (1, 2, 3)
assert struct.unpack_from("<H", view, 2) == (2,)
assert struct.unpack("<H", view[4:]) == (3,)
assert list(struct.iter_unpack("<H", view[2:])) == [(2,), (3,)]
