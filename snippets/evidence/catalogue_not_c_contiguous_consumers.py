# mode: script
# hashlib, zlib and os.write() refuse a stepped slice with BufferError
# "memoryview: underlying buffer is not C-contiguous".
import hashlib
import os
import tempfile
import zlib

m = memoryview(b'abcdef')[::2]
fd, path = tempfile.mkstemp()
try:
    for consume in (hashlib.sha256, zlib.compress, zlib.crc32, lambda v: os.write(fd, v)):
        try:
            consume(m)
        except BufferError as exc:
            assert str(exc) == "memoryview: underlying buffer is not C-contiguous", exc
        else:
            raise AssertionError(f"{consume} took a stepped slice")
finally:
    os.close(fd)
    os.remove(path)
