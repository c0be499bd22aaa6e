import ctypes
c = (ctypes.c_int * 3)(1, 2, 3)
m = memoryview(c)
m.format, m.itemsize
m.tolist()
m[0]
m.tobytes()
m.cast('B').cast('i').tolist()
