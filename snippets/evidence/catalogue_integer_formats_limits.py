# mode: script
# Every integer format refuses one past either end of its C type's range with
# ValueError "memoryview: invalid value for format '<letter>'".
import struct

for letter in "bBhHiIlLqQnN":
    size = struct.calcsize(letter)
    if letter.islower():
        low, high = -2 ** (8 * size - 1), 2 ** (8 * size - 1) - 1
    else:
        low, high = 0, 2 ** (8 * size) - 1
    m = memoryview(bytearray(size)).cast(letter)
    for value in (low, high):
        m[0] = value
        assert m[0] == value, (letter, value)
    for value in (low - 1, high + 1):
        try:
            m[0] = value
        except ValueError as exc:
            assert str(exc) == f"memoryview: invalid value for format '{letter}'", exc
        else:
            raise AssertionError(f"{letter!r} took {value}")
