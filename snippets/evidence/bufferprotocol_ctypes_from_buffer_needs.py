# mode: script
# ctypes' from_buffer() refuses a read-only view and a stepped (not
# C-contiguous) view with TypeError, and accepts a writable contiguous one.
import ctypes

for view in (memoryview(b"abcd"), memoryview(bytearray(b"abcd"))[::2]):
    try:
        ctypes.c_char.from_buffer(view)
    except TypeError:
        pass
    else:
        raise AssertionError(f"from_buffer accepted {view!r}")
ctypes.c_char.from_buffer(memoryview(bytearray(b"abcd"))[1:])
