# mode: script
# The Py_buffer that an array.array of three C shorts fills in for memoryview's
# request (FULL_RO), read with ctypes, beside the memoryview attribute that
# shows each field; every value is checked to be the same on both sides.
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
FULL_RO = 0x11C

numbers = array.array("h", [1, 2, 3])
b = Py_buffer()
get(numbers, ctypes.byref(b), FULL_RO)
m = memoryview(numbers)
n = b.ndim
start = ctypes.addressof(ctypes.c_char.from_buffer(m))
rows = [
    ("buf", "where the first item starts in memory", "not exposed",
     b.buf == start, "(an address)"),
    ("obj", "the exporter, kept alive while the export lasts", "obj",
     b.obj == id(m.obj), "the array"),
    ("len", "the number of bytes the items occupy", "nbytes",
     b.len == m.nbytes, m.nbytes),
    ("readonly", "whether writing is forbidden", "readonly",
     bool(b.readonly) == m.readonly, m.readonly),
    ("itemsize", "the size of one item in bytes", "itemsize",
     b.itemsize == m.itemsize, m.itemsize),
    ("format", "a struct format string for one item", "format",
     b.format.decode() == m.format, repr(m.format)),
    ("ndim", "the number of dimensions", "ndim", n == m.ndim, m.ndim),
    ("shape", "how many items lie along each dimension", "shape",
     tuple(b.shape[:n]) == m.shape, m.shape),
    ("strides", "how many bytes to step to reach the next item along each "
     "dimension", "strides", tuple(b.strides[:n]) == m.strides, m.strides),
    ("suboffsets", "where to follow pointers, for arrays of pointers",
     "suboffsets", not b.suboffsets and m.suboffsets == (),
     "NULL / " + repr(m.suboffsets)),
]
release(ctypes.byref(b))
print("Py_buffer field\twhat it says\tmemoryview attribute\tfor array('h', [1, 2, 3])")
for field, meaning, attribute, same, value in rows:
    assert same, field
    print(f"{field}\t{meaning}\t{attribute}\t{value}")
