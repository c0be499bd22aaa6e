# mode: script
# Every shape cast() produces is C order: C-contiguous, with strides that
# shrink from left to right and the last one equal to the item size.
m = memoryview(bytes(48))
for fmt, shape in [("B", [48]), ("B", [6, 8]), ("h", [2, 3, 4]), ("i", [3, 4]), ("d", [2, 3]), ("B", [2, 1, 24])]:
    v = m.cast(fmt, shape)
    assert v.c_contiguous, (fmt, shape)
    assert v.strides[-1] == v.itemsize, (fmt, shape, v.strides)
    for n in range(v.ndim - 1):
        assert v.strides[n] == v.strides[n + 1] * v.shape[n + 1], (fmt, shape, v.strides)
