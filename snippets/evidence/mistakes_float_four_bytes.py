# mode: script
# Format 'f' has 4-byte items, and 3.14 read back through it is not equal
# to 3.14.
import struct

view = memoryview(struct.pack("f", 3.14)).cast("f")
assert view.itemsize == 4, view.itemsize
assert view[0] != 3.14, view[0]
