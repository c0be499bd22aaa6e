import ctypes
buf = ctypes.create_string_buffer(b'abc')
address = ctypes.addressof(buf)
ctypes.memoryview_at(address, 3).tolist()
ctypes.memoryview_at(address, 1)[0] = ord('x')
buf.value
ctypes.memoryview_at(address, 3, readonly=True).readonly
ctypes.string_at(address, 3)
