import ctypes
ctypes.c_uint16.from_buffer(memoryview(b'ab'))
ctypes.c_uint16.from_buffer_copy(memoryview(b'ab')).value
ctypes.c_uint16.from_buffer(memoryview(bytearray(b'ab'))).value
