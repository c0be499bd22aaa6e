import hashlib
import zlib
view = memoryview(bytearray(b"abcdefgh"))
every_other = view[::2]
every_other.tolist()
every_other.contiguous
hashlib.sha256(every_other)
zlib.crc32(every_other)
every_other.cast("B")
every_other.tobytes()
zlib.crc32(every_other.tobytes()) == zlib.crc32(b"aceg")
