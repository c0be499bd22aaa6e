# mode: script
# Views whose format struct cannot read compare unequal whatever they hold:
# to themselves, to a view of an equal structure, and in either order.
import ctypes


class Point(ctypes.Structure):
    _fields_ = [("x", ctypes.c_int), ("y", ctypes.c_int)]


for x, y in ((0, 0), (1, 2), (-1, 7)):
    m = memoryview(Point(x, y))
    twin = memoryview(Point(x, y))
    assert m.tobytes() == twin.tobytes()
    assert not (m == m) and not (m == twin) and not (twin == m), (x, y)
    assert m != twin
