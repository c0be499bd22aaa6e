# mode: script
# cast() refuses a stepped or reversed slice (not C-contiguous) with
# TypeError and accepts a slice without a step.
m = memoryview(bytes(range(10)))
for part in (m[::2], m[::-1], m[1:9:3]):
    assert not part.c_contiguous
    try:
        part.cast("B")
    except TypeError:
        continue
    raise AssertionError("a non-contiguous slice was cast")
assert m[2:6].cast("i").nbytes == 4
