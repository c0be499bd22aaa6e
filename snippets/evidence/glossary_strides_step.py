# mode: script
# view[::2] of a byte view has a stride of 2, and a reversed slice has a
# negative stride.
m = memoryview(b"abcdef")
assert m[::2].strides == (2,)
assert m[::-1].strides == (-1,) and m[::-2].strides == (-2,)
