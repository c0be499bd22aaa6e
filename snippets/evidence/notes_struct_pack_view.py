# mode: script
# struct.pack() returns bytes, and a view of it is read-only with format 'B'.
import struct

packed = struct.pack("<HI", 1, 2)
assert type(packed) is bytes, type(packed)
view = memoryview(packed)
assert view.readonly and view.format == "B", (view.readonly, view.format)
