# mode: script
# memoryview(object=data) gives the same kind of view as memoryview(data):
# same object behind it, same format, shape, read-only flag and contents.
data = b"abc"
by_name, by_position = memoryview(object=data), memoryview(data)
assert by_name.obj is by_position.obj is data
for name in ("format", "itemsize", "shape", "strides", "readonly", "ndim"):
    assert getattr(by_name, name) == getattr(by_position, name), name
assert by_name == by_position
