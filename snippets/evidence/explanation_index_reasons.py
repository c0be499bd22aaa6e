# mode: script
# The four behaviours the explanation pages account for: a viewed bytearray
# refuses to grow, a stepped slice cannot be cast, views of the same bytes can
# be unequal, and most views cannot be hashed.
buf = bytearray(b"\xff\x01\x02\x03")
m = memoryview(buf)
try:
    buf.append(0)
except BufferError:
    pass
else:
    raise AssertionError("a viewed bytearray grew")
try:
    m[::2].cast("B")
except TypeError:
    pass
else:
    raise AssertionError("a stepped slice was cast")
assert m.cast("b") != m.cast("B")
for view in (m, m.toreadonly().cast("h")):
    try:
        hash(view)
    except ValueError:
        pass
    else:
        raise AssertionError("hashed " + repr(view))
assert hash(memoryview(bytes(buf))) == hash(bytes(buf))
