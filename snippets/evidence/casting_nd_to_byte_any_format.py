# mode: script
# A two-dimensional view of any non-byte format casts straight to 'B' (and
# to 'b' and 'c'), giving a flat view of the same bytes.
view = memoryview(bytearray(64))
for fmt in "hHiIlLqQnNfd?P":
    itemsize = view.cast(fmt).itemsize
    grid = view.cast(fmt, shape=[2, 32 // itemsize])
    for byte_fmt in "Bbc":
        flat = grid.cast(byte_fmt)
        assert flat.ndim == 1 and flat.nbytes == grid.nbytes, (fmt, byte_fmt)
        assert flat.tobytes() == grid.tobytes()
