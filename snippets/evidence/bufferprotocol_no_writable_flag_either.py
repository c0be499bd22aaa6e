# mode: script
# A request without the WRITABLE flag gets read-only memory from bytes and
# writable memory from a bytearray, and the readonly field says which.
import ctypes


class Py_buffer(ctypes.Structure):
    _fields_ = [("buf", ctypes.c_void_p), ("obj", ctypes.c_void_p),
                ("len", ctypes.c_ssize_t), ("itemsize", ctypes.c_ssize_t),
                ("readonly", ctypes.c_int), ("ndim", ctypes.c_int),
                ("rest", ctypes.c_void_p * 5)]


get = ctypes.pythonapi.PyObject_GetBuffer
get.argtypes = [ctypes.py_object, ctypes.POINTER(Py_buffer), ctypes.c_int]
release = ctypes.pythonapi.PyBuffer_Release
release.argtypes = [ctypes.POINTER(Py_buffer)]
SIMPLE = 0

for exporter, readonly in ((b"abc", 1), (bytearray(b"abc"), 0)):
    b = Py_buffer()
    get(exporter, ctypes.byref(b), SIMPLE)
    assert b.readonly == readonly, (exporter, b.readonly)
    release(ctypes.byref(b))
