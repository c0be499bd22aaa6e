# mode: script
# Each item of a view of bytes is an int from 0 to 255, not a str or bytes.
view = memoryview(bytes(range(256)))
assert all(type(item) is int for item in view)
assert list(view) == list(range(256))
