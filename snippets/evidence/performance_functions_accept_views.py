# mode: script
# File writes, socket sends (where the runtime has sockets), hashlib, zlib,
# struct and bytes.join() all accept a memoryview in place of bytes.
import hashlib
import io
import socket
import struct
import zlib

data = b"abcdefgh"
view = memoryview(bytearray(data))
out = io.BytesIO()
assert out.write(view) == 8 and out.getvalue() == data
assert hashlib.sha256(view).digest() == hashlib.sha256(data).digest()
assert zlib.crc32(view) == zlib.crc32(data)
assert struct.unpack("<Q", view) == struct.unpack("<Q", data)
assert b"".join([view[:4], view[4:]]) == data
try:
    left, right = socket.socketpair()
except (AttributeError, OSError):
    pass  # no sockets on this runtime
else:
    assert left.send(view) == 8 and right.recv(8) == data
    left.close()
    right.close()
