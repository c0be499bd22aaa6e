# mode: script
# also-on: history
# memoryview is a built-in name, with tobytes() and tolist(), on Python 2.7
# as on every version since.
m = memoryview(b"abc")
print(repr(m.tobytes()))
assert m.tobytes() == b"abc" and m.tolist() == [97, 98, 99] and len(m) == 3
