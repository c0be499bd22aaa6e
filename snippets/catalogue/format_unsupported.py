import ctypes
m = memoryview((ctypes.c_int * 3)(10, 20, 30))
m.format
m[0]
m.tolist()
m.cast('B').cast('i').tolist()
