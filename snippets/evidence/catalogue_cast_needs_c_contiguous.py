# mode: script
# cast() refuses a stepped or a reversed slice and a view in column
# (Fortran) order, none of them C-contiguous, with TypeError; it accepts a
# slice without a step.
from _testbuffer import ndarray, ND_FORTRAN
m = memoryview(bytes(range(8)))
columns = memoryview(ndarray(list(range(6)), shape=[2, 3], format='B', flags=ND_FORTRAN))
assert columns.f_contiguous
for part in (m[::2], m[::-1], m[1:7:2], columns):
    assert not part.c_contiguous
    try:
        part.cast('B')
    except TypeError as exc:
        assert str(exc) == "memoryview: casts are restricted to C-contiguous views", exc
    else:
        raise AssertionError("a view that is not C-contiguous was cast")
assert m[2:6].cast('i').nbytes == 4
