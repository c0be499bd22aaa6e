# mode: script
# Every native integer format gives an int when indexed, 'c' a bytes of
# length 1, '?' a bool, and 'f' and 'd' a float.
m = memoryview(bytes(16))
for fmt in "BbHhIiLlQqnN":
    assert type(m.cast(fmt)[0]) is int, fmt
assert type(m.cast("c")[0]) is bytes and len(m.cast("c")[0]) == 1
assert type(m.cast("?")[0]) is bool
for fmt in "fd":
    assert type(m.cast(fmt)[0]) is float, fmt
