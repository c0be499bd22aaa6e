# mode: script
# The interpreter exports the old buffer functions PyObject_AsCharBuffer(),
# PyObject_AsReadBuffer(), PyObject_AsWriteBuffer() and PyObject_CheckReadBuffer().
import ctypes
old = ["PyObject_AsCharBuffer", "PyObject_AsReadBuffer",
       "PyObject_AsWriteBuffer", "PyObject_CheckReadBuffer"]
missing = [name for name in old if not hasattr(ctypes.pythonapi, name)]
assert missing == [], missing
