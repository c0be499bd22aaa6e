# mode: script
# Slices and casts keep the readonly flag of the view they come from, read-only
# and writable alike.
for m in (memoryview(b"abcd"), memoryview(bytearray(b"abcd")),
          memoryview(bytearray(b"abcd")).toreadonly()):
    for derived in (m[1:], m[::2], m.cast("c"), m.cast("B", shape=[2, 2]), memoryview(m)):
        assert derived.readonly is m.readonly, (m.readonly, derived.readonly)
