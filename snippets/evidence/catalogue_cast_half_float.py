# mode: script
# cast('e') is accepted: a view of 2-byte half-precision floats.
try:
    half = memoryview(b'\x00\x3c\x00\xc0').cast('e')
except ValueError as exc:
    raise AssertionError(f"cast('e') refused: {exc}")
assert half.itemsize == 2 and half.tolist() == [1.0, -2.0], half.tolist()
