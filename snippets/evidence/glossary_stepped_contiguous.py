# mode: script
# A slice with a step other than 1 is not contiguous when it has two or
# more items; with exactly one item it is.
m = memoryview(b"abcdef")
for view in (m[::2], m[::-1], m[1::3]):
    assert len(view) >= 2 and not view.contiguous, view.tolist()
assert m[::10].contiguous and m[::-10].contiguous
