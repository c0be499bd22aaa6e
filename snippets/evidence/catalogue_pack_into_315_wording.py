# mode: script
# struct.pack_into() into a read-only view raises TypeError with the message
# "pack_into() argument 2 must be read-write bytes-like object, not memoryview".
import struct

try:
    struct.pack_into("<H", memoryview(b"ab"), 0, 513)
except TypeError as exc:
    message = str(exc)
else:
    raise AssertionError("pack_into() wrote into bytes")
expected = "pack_into() argument 2 must be read-write bytes-like object, not memoryview"
assert message == expected, message
