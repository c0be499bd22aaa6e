# mode: script
# Calling release() on a view that is already released does nothing: no error.
m = memoryview(bytearray(b"abc"))
m.release()
assert m.release() is None
