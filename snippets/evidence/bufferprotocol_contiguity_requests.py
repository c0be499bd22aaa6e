# mode: script
# C_CONTIGUOUS, F_CONTIGUOUS and ANY_CONTIGUOUS requests are served only by
# memory that is one gap-free block in C order, Fortran order, or either.
import ctypes

from _testbuffer import ND_FORTRAN, ndarray


class Py_buffer(ctypes.Structure):
    _fields_ = [("fields", ctypes.c_void_p * 11)]


get = ctypes.pythonapi.PyObject_GetBuffer
get.argtypes = [ctypes.py_object, ctypes.POINTER(Py_buffer), ctypes.c_int]
release = ctypes.pythonapi.PyBuffer_Release
release.argtypes = [ctypes.POINTER(Py_buffer)]
C, F, ANY = 0x38, 0x58, 0x98


def served(view, flags):
    b = Py_buffer()
    try:
        get(view, ctypes.byref(b), flags)
    except BufferError:
        return False
    release(ctypes.byref(b))
    return True


flat = memoryview(bytes(range(12)))
grid = flat.cast("B", shape=[3, 4])  # C order only
stepped = flat[::2]  # gaps: neither order
fortran = memoryview(ndarray(list(range(6)), shape=[2, 3], format="B", flags=ND_FORTRAN))
assert fortran.f_contiguous and not fortran.c_contiguous
assert [served(flat, f) for f in (C, F, ANY)] == [True, True, True]
assert [served(grid, f) for f in (C, F, ANY)] == [True, False, True]
assert [served(fortran, f) for f in (C, F, ANY)] == [False, True, True]
assert [served(stepped, f) for f in (C, F, ANY)] == [False, False, False]
