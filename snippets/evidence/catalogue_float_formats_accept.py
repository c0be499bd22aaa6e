# mode: script
# Formats 'f' and 'd' (and 'e', which cast() accepts from 3.12) take a float,
# an int or an object with __float__, and refuse a str with TypeError.
import sys


class Half:
    def __float__(self):
        return 0.5


formats = 'fde' if sys.version_info >= (3, 12) else 'fd'
for fmt in formats:
    view = memoryview(bytearray(8)).cast(fmt)
    for value, stored in ((1.5, 1.5), (2, 2.0), (Half(), 0.5)):
        view[0] = value
        assert view[0] == stored, (fmt, view[0])
    try:
        view[0] = '1.5'
    except TypeError as exc:
        assert str(exc) == f"memoryview: invalid type for format '{fmt}'", exc
    else:
        raise AssertionError(f"{fmt!r} took a str")
