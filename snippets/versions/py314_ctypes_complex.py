import ctypes
view = memoryview((ctypes.c_double_complex * 2)(1+2j, 3j))
view.format, view.itemsize
view.tolist()
view.cast('B').cast('Zd').tolist()
