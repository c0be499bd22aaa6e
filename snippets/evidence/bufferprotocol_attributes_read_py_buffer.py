# mode: script
# The attributes of memoryview(x) hold the Py_buffer fields that x fills in
# for a FULL_RO request (obj, len, readonly, itemsize, format, ndim, shape,
# strides, suboffsets), and buf is where the view's first byte is.
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
FULL_RO = 0x100 | 0x10 | 0x8 | 0x4

numbers = array.array("h", [1, 2, 3])
b = Py_buffer()
get(numbers, ctypes.byref(b), FULL_RO)
m = memoryview(numbers)
n = b.ndim
assert b.obj == id(numbers) and m.obj is numbers
assert (b.len, b.readonly, b.itemsize) == (m.nbytes, m.readonly, m.itemsize)
assert b.format.decode() == m.format and n == m.ndim
assert tuple(b.shape[:n]) == m.shape and tuple(b.strides[:n]) == m.strides
assert not b.suboffsets and m.suboffsets == ()
assert b.buf == ctypes.addressof(ctypes.c_char.from_buffer(m))
release(ctypes.byref(b))
