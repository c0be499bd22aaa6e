import ctypes
data = bytearray(b'abcdefgh')
m = memoryview(data)
def start(view):
    return ctypes.addressof(ctypes.c_char.from_buffer(view))
start(m[3:]) - start(m)
start(memoryview(data)) - start(m)
start(m[3:].cast('c')) - start(m[3:])
