# mode: script
# A 'c' view and a 'B' view over the same memory are unequal, except when
# both are empty.
for data in (b"a", b"ab", b"\x00", bytes(range(256))):
    m = memoryview(data)
    assert m != m.cast("c"), data
e = memoryview(b"")
assert e == e.cast("c")
