memoryview(b'abcdef').ndim
m = memoryview(bytearray(24))
m.cast('B', shape=[2, 12]).ndim
m.cast('i', shape=[2, 3, 1]).ndim
m[:4].cast('i', shape=[]).ndim
import ctypes
memoryview(ctypes.c_double(1.5)).ndim
