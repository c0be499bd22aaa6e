# mode: script
# A request without the STRIDES flag (here ND) is refused with BufferError by
# a stepped view and a reversed one; with STRIDES both are served.
import ctypes


class Py_buffer(ctypes.Structure):
    _fields_ = [("fields", ctypes.c_void_p * 11)]


get = ctypes.pythonapi.PyObject_GetBuffer
get.argtypes = [ctypes.py_object, ctypes.POINTER(Py_buffer), ctypes.c_int]
release = ctypes.pythonapi.PyBuffer_Release
release.argtypes = [ctypes.POINTER(Py_buffer)]
ND, STRIDES = 0x8, 0x18

data = memoryview(bytes(range(6)))
for view in (data[::2], data[::-1]):
    b = Py_buffer()
    try:
        get(view, ctypes.byref(b), ND)
    except BufferError:
        pass
    else:
        release(ctypes.byref(b))
        raise AssertionError("a non-C-contiguous view served a request without STRIDES")
    get(view, ctypes.byref(b), STRIDES)
    release(ctypes.byref(b))
