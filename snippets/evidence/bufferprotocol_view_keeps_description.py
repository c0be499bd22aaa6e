# mode: script
# memoryview() keeps the description the exporter gives, even an item format
# that it cannot read itself (a ctypes structure's).
import ctypes


class Point(ctypes.Structure):
    _fields_ = [("x", ctypes.c_int), ("y", ctypes.c_int)]


m = memoryview(Point(1, 2))
assert m.format.startswith("T{") and m.itemsize == ctypes.sizeof(Point)
try:
    m.tolist()
except NotImplementedError:
    pass
else:
    raise AssertionError("tolist() read a ctypes structure format")
