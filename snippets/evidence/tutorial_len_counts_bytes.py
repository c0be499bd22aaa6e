# mode: script
# The length of a view of bytes is the number of bytes: one item per byte,
# 11 for b'hello world'.
data = b"hello world"
view = memoryview(data)
assert len(view) == len(data) == view.nbytes == 11
assert view.itemsize == 1
