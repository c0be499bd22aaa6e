# mode: script
# bytes(view), view.tobytes() and view.tolist() all show what a view holds,
# which its repr does not.
data = b"abc"
view = memoryview(data)
assert "abc" not in repr(view)
assert bytes(view) == view.tobytes() == data
assert view.tolist() == [97, 98, 99]
