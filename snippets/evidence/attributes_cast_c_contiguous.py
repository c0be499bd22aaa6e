# mode: script
# Every result of cast() is C-contiguous, whatever the format and shape.
m = memoryview(bytearray(24))
for fmt, shape in (("B", [24]), ("i", [6]), ("B", [2, 12]), ("d", [3, 1]),
                   ("H", [2, 3, 2]), ("B", [1, 24]), ("B", [24, 1])):
    assert m.cast(fmt, shape=shape).c_contiguous, (fmt, shape)
assert m[:8].cast("q", shape=[]).c_contiguous
assert m.cast("i").c_contiguous
