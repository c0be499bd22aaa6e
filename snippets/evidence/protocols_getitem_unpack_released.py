# mode: script
# Indexing raises NotImplementedError for a format it cannot unpack (here
# ctypes' '<h') and ValueError on a released view.
import ctypes
odd = memoryview((ctypes.c_short * 2)())
assert odd.format == "<h", odd.format
try:
    odd[0]
except NotImplementedError:
    pass
else:
    raise AssertionError("odd[0] did not raise NotImplementedError")
m = memoryview(b"abc")
m.release()
try:
    m[0]
except ValueError:
    pass
else:
    raise AssertionError("m[0] on a released view did not raise ValueError")
