# mode: script
# also-on: history
# hex() and indexing with a tuple of one integer (3.5).
m = memoryview(bytearray(b"ab"))
print(m.hex())
assert m.hex() == "6162"
assert m[(1,)] == 98
m[(0,)] = 65
assert m.tobytes() == b"Ab"
