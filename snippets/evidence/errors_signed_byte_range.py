# mode: script
# Format 'b' (signed char) holds -128 to 127: both ends are stored, one
# step beyond either end raises ValueError.
b = memoryview(bytearray(1)).cast('b')
for value in (-128, 127):
    b[0] = value
    assert b[0] == value
for value in (-129, 128):
    try:
        b[0] = value
    except ValueError:
        pass
    else:
        raise AssertionError(f"'b' took {value}")
