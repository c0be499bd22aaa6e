# mode: script
# also-on: history
# The new memoryview of 3.3 (PEP 3118): items of a byte view are ints,
# cast(), obj, nbytes and the contiguity flags, hashing a read-only byte
# view, and slicing with any step.
data = b"abcd"
m = memoryview(data)
print(repr(m[0]))
assert m[0] == 97
assert m.cast("H").nbytes == 4 and m.cast("H").itemsize == 2
assert m.obj is data and m.nbytes == 4
assert m.contiguous and m.c_contiguous and m.f_contiguous
assert hash(m) == hash(data)
assert m[::-1].tobytes() == b"dcba" and m[::2].tobytes() == b"ac"
