# mode: script
# A view cast to 'b' holds -128 to 127; -129 and 128 are refused with
# ValueError "memoryview: invalid value for format 'b'".
b = memoryview(bytearray(1)).cast("b")
for value in (-128, 127):
    b[0] = value
    assert b[0] == value
for value in (-129, 128):
    try:
        b[0] = value
    except ValueError as exc:
        assert str(exc) == "memoryview: invalid value for format 'b'", exc
    else:
        raise AssertionError(f"'b' took {value}")
