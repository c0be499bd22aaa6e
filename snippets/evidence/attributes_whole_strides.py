# mode: script
# For a view of a whole bytes, bytearray or array.array, the only stride is
# the item size, and the view is C-contiguous.
import array
objs = [b"abc", bytearray(b"abc")] + [array.array(c, [1, 2]) for c in "bBhHiIlLqQfd"]
for obj in objs:
    m = memoryview(obj)
    assert m.strides == (m.itemsize,) and m.c_contiguous, (obj, m.strides)
