# mode: script
# del on a view always fails: TypeError for every kind of key, on writable
# and read-only views of any shape, and ValueError once the view is released.
def raises(view, key, kind):
    try:
        del view[key]
    except kind:
        return
    raise AssertionError(f"del [{key!r}] did not raise {kind.__name__}")
flat = memoryview(bytearray(b"abcd"))
for key in (0, -1, slice(0, 2), slice(None, None, 2)):
    raises(flat, key, TypeError)
raises(memoryview(b"abcd"), 0, TypeError)
raises(flat.cast("B", shape=[2, 2]), (0, 1), TypeError)
raises(memoryview(bytearray(b"a")).cast("B", shape=[]), (), TypeError)
assert flat.tobytes() == b"abcd"
gone = memoryview(bytearray(b"abcd"))
gone.release()
raises(gone, 0, ValueError)
