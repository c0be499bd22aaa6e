# mode: script
# A dimension of length 1 does not affect contiguity: one row of adjacent
# items is C- and Fortran-contiguous whatever the stride of that dimension.
grid = memoryview(bytes(range(12))).cast("B", shape=[3, 4])
for row in (grid[:1], grid[2:], grid[::2][:1], grid[::-1][:1]):
    assert row.shape == (1, 4), row.shape
    assert row.c_contiguous and row.f_contiguous, row.strides
assert grid[::2][:1].strides == (8, 1) and grid[::-1][:1].strides == (-4, 1)
