# mode: script
# For every integer format, a value of the wrong type (a float, a str) raises
# TypeError "invalid type" and an int out of range raises ValueError "invalid value".
import struct

for fmt in 'bBhHiIlLqQnN':
    size = struct.calcsize(fmt)
    view = memoryview(bytearray(size)).cast(fmt)
    for wrong in (1.0, '1', b'1'):
        try:
            view[0] = wrong
        except TypeError as exc:
            assert str(exc) == f"memoryview: invalid type for format '{fmt}'", exc
        else:
            raise AssertionError(f"{fmt!r} took {wrong!r}")
    too_big = 2 ** (8 * size)
    for value in (too_big, -too_big - 1):
        try:
            view[0] = value
        except ValueError as exc:
            assert str(exc) == f"memoryview: invalid value for format '{fmt}'", exc
        else:
            raise AssertionError(f"{fmt!r} took {value}")
