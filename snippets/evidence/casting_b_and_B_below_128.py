# mode: script
# A byte read as 'b' and as 'B' gives the same number exactly when the byte
# is below 128.
raw = memoryview(bytes(range(256)))
for unsigned, signed in zip(raw.cast("B"), raw.cast("b")):
    assert (unsigned == signed) == (unsigned < 128), (unsigned, signed)
