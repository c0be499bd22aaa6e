# mode: script
# Format 'd' has 8-byte items and gives back exactly the float that
# struct.pack('d', ...) stored.
import struct

view = memoryview(struct.pack("d", 3.14)).cast("d")
assert view.itemsize == 8, view.itemsize
assert view[0] == 3.14, view[0]
