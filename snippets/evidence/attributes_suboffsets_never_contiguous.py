# mode: script
# A view with suboffsets is never counted as contiguous, even with one
# dimension or one element.
from _testbuffer import ndarray, ND_PIL
for items, shape in ((list(range(12)), [3, 4]), ([1, 2, 3], [3]), ([1], [1])):
    m = memoryview(ndarray(items, shape=shape, format="B", flags=ND_PIL))
    assert m.suboffsets
    assert not (m.c_contiguous or m.f_contiguous or m.contiguous), shape
