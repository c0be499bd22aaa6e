import struct, sys
sys.platform
view = memoryview(bytes(8))
[struct.calcsize(letter) for letter in 'nNP']
[view.cast(letter).itemsize for letter in 'nNP']
sys.maxsize
import ctypes
ctypes.c_int is ctypes.c_long
memoryview((ctypes.c_int * 2)()).format
