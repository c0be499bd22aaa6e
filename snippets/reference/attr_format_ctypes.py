import ctypes
shorts = memoryview((ctypes.c_short * 3)(1, 2, 3))
shorts.format, shorts.itemsize
shorts.tolist()
shorts.cast('B').cast('h').tolist()
class Point(ctypes.Structure):
    _fields_ = [('x', ctypes.c_int), ('y', ctypes.c_double)]
p = memoryview(Point(1, 2.0))
p.format
p.itemsize, p.ndim
