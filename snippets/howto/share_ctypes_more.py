import ctypes
class Point(ctypes.Structure):
    _fields_ = [("x", ctypes.c_int), ("y", ctypes.c_double)]

memoryview(Point(1, 2.0)).format
memoryview(ctypes.create_string_buffer(4)).format
buf = bytearray(8)
number = ctypes.c_uint32.from_buffer(buf, 4)
number.value = 0x01020304
buf
memoryview(buf)[4] = 0xFF
hex(number.value)
