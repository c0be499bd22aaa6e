# mode: script
# A view holds no copy of the bytes it shows: it stays small however large
# its object is, and reads the object's memory as it is now.
import sys

buf = bytearray(10**6)
view = memoryview(buf)
assert view.obj is buf
assert sys.getsizeof(view) < 1000, sys.getsizeof(view)
buf[0] = 104
assert view[0] == 104
