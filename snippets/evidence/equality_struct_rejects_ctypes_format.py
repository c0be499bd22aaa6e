# mode: script
# The struct module cannot read the format of a ctypes structure's view.
import ctypes
import struct


class Point(ctypes.Structure):
    _fields_ = [("x", ctypes.c_int), ("y", ctypes.c_int)]


fmt = memoryview(Point(1, 2)).format
try:
    struct.calcsize(fmt)
except struct.error:
    pass
else:
    raise AssertionError(f"struct accepts {fmt!r}")
