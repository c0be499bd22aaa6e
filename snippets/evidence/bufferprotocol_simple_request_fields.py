# mode: script
# Without FORMAT, ND and STRIDES (a SIMPLE request) an exporter fills in no
# format, shape or strides: only the start and the length in bytes.
import array
import ctypes

P = ctypes.POINTER(ctypes.c_ssize_t)


class Py_buffer(ctypes.Structure):
    _fields_ = [("buf", ctypes.c_void_p), ("obj", ctypes.c_void_p),
                ("len", ctypes.c_ssize_t), ("itemsize", ctypes.c_ssize_t),
                ("readonly", ctypes.c_int), ("ndim", ctypes.c_int),
                ("format", ctypes.c_char_p), ("shape", P), ("strides", P),
                ("suboffsets", P), ("internal", ctypes.c_void_p)]


get = ctypes.pythonapi.PyObject_GetBuffer
get.argtypes = [ctypes.py_object, ctypes.POINTER(Py_buffer), ctypes.c_int]
release = ctypes.pythonapi.PyBuffer_Release
release.argtypes = [ctypes.POINTER(Py_buffer)]
SIMPLE, FORMAT, ND = 0, 0x4, 0x8

for exporter in (array.array("h", [1, 2, 3]), bytearray(6), bytes(6)):
    b = Py_buffer()
    get(exporter, ctypes.byref(b), SIMPLE)
    assert b.format is None and not b.shape and not b.strides, exporter
    assert b.len == 6 and b.buf, exporter
    release(ctypes.byref(b))
    get(exporter, ctypes.byref(b), FORMAT | ND)
    assert b.format is not None and b.shape[0] * b.itemsize == 6, exporter
    release(ctypes.byref(b))
