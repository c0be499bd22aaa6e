# mode: script
# A 0-dim view is C-contiguous, Fortran-contiguous and contiguous.
import ctypes
views = [memoryview(b"a").cast("B", shape=[]),
         memoryview(bytes(8)).cast("d", shape=[]),
         memoryview(ctypes.c_double(1.5)), memoryview(ctypes.c_int(1))]
for v in views:
    assert v.ndim == 0 and v.c_contiguous and v.f_contiguous and v.contiguous, v.format
