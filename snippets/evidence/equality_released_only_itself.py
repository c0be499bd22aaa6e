# mode: script
# A released view is equal to itself and to nothing else: not to another
# released view of equal bytes, a live view of them, or the bytes.
m, other = memoryview(b"abc"), memoryview(b"abc")
live = memoryview(b"abc")
m.release()
other.release()
assert m == m
assert not (m == other) and not (m == live) and not (m == b"abc")
assert not (live == m)
