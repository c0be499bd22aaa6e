# mode: script
# For the native single-character formats, itemsize equals
# struct.calcsize(format), and len(view) * itemsize is nbytes for any
# one-dimensional view.
import struct
m = memoryview(bytes(48))
for fmt in "BbcHhIiLlQqnNPfd?":
    v = m.cast(fmt)
    assert v.itemsize == struct.calcsize(fmt), fmt
    for part in (v, v[1:], v[::2], v[::-3], v[0:0]):
        assert len(part) * part.itemsize == part.nbytes, fmt
