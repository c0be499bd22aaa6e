# mode: script
# inspect.BufferFlags is an enum.IntFlag whose values are those of C's
# PyBUF_* constants, e.g. FULL_RO = INDIRECT | FORMAT = 284.
import enum
import inspect
F = inspect.BufferFlags
assert issubclass(F, enum.IntFlag)
assert (F.SIMPLE, F.WRITABLE, F.FORMAT, F.ND, F.STRIDES, F.INDIRECT) == (0, 1, 4, 8, 24, 280)
assert F.FULL_RO == F.INDIRECT | F.FORMAT == 284
