# mode: script
# cast() accepts 'e', the 2-byte half-precision float.
try:
    halves = memoryview(b"\x00\x3c").cast("e")
except ValueError:
    raise AssertionError("cast('e') raised ValueError")
assert halves.itemsize == 2 and halves[0] == 1.0, halves.tolist()
