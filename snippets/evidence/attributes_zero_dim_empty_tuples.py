# mode: script
# also-on: history
# A zero-dimensional view (here of a ctypes integer) has the empty tuple as
# its shape and its strides; in 3.2 and earlier both were None.
import ctypes
m = memoryview(ctypes.c_int(5))
assert m.ndim == 0, m.ndim
assert m.shape == (), m.shape
assert m.strides == (), m.strides
