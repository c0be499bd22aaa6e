# mode: script
# A read-only view of b"abc" equals a writable view of bytearray(b"abc"),
# and a view equals the bytes object b"abc" itself.
a = memoryview(b"abc")
b = memoryview(bytearray(b"abc"))
assert a.readonly and not b.readonly
assert a == b and b == a
assert a == b"abc" and b"abc" == a
