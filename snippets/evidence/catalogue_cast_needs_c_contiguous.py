# mode: script
# cast() refuses a stepped or a reversed slice (not C-contiguous) with
# TypeError, and accepts a slice without a step.
m = memoryview(bytes(range(8)))
for part in (m[::2], m[::-1], m[1:7:2]):
    assert not part.c_contiguous
    try:
        part.cast('B')
    except TypeError as exc:
        assert str(exc) == "memoryview: casts are restricted to C-contiguous views", exc
    else:
        raise AssertionError("a non-contiguous slice was cast")
assert m[2:6].cast('i').nbytes == 4
