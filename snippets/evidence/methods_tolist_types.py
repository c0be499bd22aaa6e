# mode: script
# tolist() gives int for integer formats, a one-byte bytes for 'c', bool for
# '?', and float for 'f' and 'd'.
m = memoryview(bytes(16))
for fmt in "BbHhIiLlQqnN":
    assert type(m.cast(fmt).tolist()[0]) is int, fmt
assert m.cast("c").tolist()[0] == b"\x00" and type(m.cast("?").tolist()[0]) is bool
for fmt in "fd":
    assert type(m.cast(fmt).tolist()[0]) is float, fmt
