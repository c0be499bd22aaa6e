# mode: script
# struct.unpack() refuses a buffer shorter or longer than calcsize(format)
# with struct.error "unpack requires a buffer of 4 bytes".
import struct

m = memoryview(b"abcdef")
for part in (m[:3], m[:5], m):
    try:
        struct.unpack("<i", part)
    except struct.error as exc:
        assert str(exc) == "unpack requires a buffer of 4 bytes", exc
    else:
        raise AssertionError(f"unpack took {len(part)} bytes")
assert struct.unpack("<i", m[:4]) == (1684234849,)
