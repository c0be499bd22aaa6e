import ctypes
m = memoryview(bytearray(b'abcd'))[::2]
(ctypes.c_char * 2).from_buffer(m)
(ctypes.c_char * 2).from_buffer_copy(m.tobytes()).value
