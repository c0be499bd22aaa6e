import ctypes
class Point(ctypes.Structure):
    _fields_ = [('x', ctypes.c_int), ('y', ctypes.c_int)]

m = memoryview(Point(1, 2))
m.format, m.shape
m == m
m.tobytes() == m.tobytes()
m.cast('B') == m.cast('B')
