# mode: script
# also-on: history
# toreadonly(), hex() with a separator, and tobytes(order) (3.8).
m = memoryview(bytearray(b"abc"))
print(m.hex(":"))
assert m.toreadonly().readonly and not m.readonly
assert m.hex(":") == "61:62:63" and m.hex("-", 2) == "61-6263"
assert m.tobytes("F") == m.tobytes("A") == b"abc"
