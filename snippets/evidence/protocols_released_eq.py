# mode: script
# A released view is equal to itself and unequal to everything else, even
# another released view of the same bytes.
a, b = memoryview(b"ab"), memoryview(b"ab")
a.release()
b.release()
assert a == a and not (a != a)
for other in (b, memoryview(b"ab"), b"ab", bytearray(b"ab")):
    assert a != other and not (a == other), other
