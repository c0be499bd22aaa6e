# mode: script
# Slicing and casting a view give new views of the same memory; indexing
# gives one item, not a view.
data = bytearray(b"abcd")
m = memoryview(data)
part, ints = m[1:3], m.cast("H")
assert type(part) is memoryview and type(ints) is memoryview
assert type(m[0]) is int
data[1] = 0x7A
assert part[0] == 0x7A and ints.tobytes()[1] == 0x7A
