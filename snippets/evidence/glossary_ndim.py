# mode: script
# ndim is 1 for a view of bytes (even of a single byte), 2 after a cast
# with a two-number shape, and 0 after a cast with shape=[].
assert memoryview(b"abcdef").ndim == 1 and memoryview(b"a").ndim == 1
assert memoryview(b"abcdef").cast("B", shape=[2, 3]).ndim == 2
assert memoryview(b"a").cast("B", shape=[]).ndim == 0
