# mode: script
# struct.pack_into() into a read-only view raises TypeError with the message
# "argument must be read-write bytes-like object, not memoryview".
import struct

try:
    struct.pack_into("<H", memoryview(b"ab"), 0, 513)
except TypeError as exc:
    message = str(exc)
else:
    raise AssertionError("no TypeError")
assert message == "argument must be read-write bytes-like object, not memoryview", message
