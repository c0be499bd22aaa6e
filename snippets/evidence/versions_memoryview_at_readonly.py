# mode: script
# ctypes.memoryview_at() gives a writable view unless readonly=True is passed.
import ctypes
buf = ctypes.create_string_buffer(b"abc")
address = ctypes.addressof(buf)
if not hasattr(ctypes, "memoryview_at"):
    raise AssertionError("ctypes has no memoryview_at()")
assert not ctypes.memoryview_at(address, 3).readonly
assert ctypes.memoryview_at(address, 3, readonly=True).readonly
