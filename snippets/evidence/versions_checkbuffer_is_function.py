# mode: script
# PyObject_CheckBuffer() is a function that the interpreter exports (before
# 3.9 it was a macro, so no such symbol exists).
import ctypes
assert hasattr(ctypes.pythonapi, "PyObject_CheckBuffer"), "no such symbol"
