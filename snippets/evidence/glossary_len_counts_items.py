# mode: script
# len() and indexing count items, not bytes: eight bytes seen as 'i' are
# two items, and index 1 is the second item (bytes 4 to 7).
m = memoryview(bytes(range(8))).cast("i")
assert len(m) == 2 and m.nbytes == 8
assert m[1] == int.from_bytes(bytes(range(4, 8)), "little")
