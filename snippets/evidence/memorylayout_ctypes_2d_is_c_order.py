# mode: script
# A two-dimensional ctypes array exports its memory in C order, not in
# Fortran order.
import ctypes

grid = memoryview((ctypes.c_int * 3 * 2)())
assert grid.shape == (2, 3), grid.shape
assert grid.c_contiguous and not grid.f_contiguous, grid.strides
