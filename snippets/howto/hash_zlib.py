import base64
import binascii
import zlib
data = bytearray(b"abc" * 20)
view = memoryview(data)
packed = zlib.compress(view)
view.nbytes, len(packed)
zlib.decompress(packed) == data
zlib.crc32(view)
zlib.crc32(view[30:], zlib.crc32(view[:30]))
binascii.hexlify(view[:6])
base64.b64encode(view[:6])
view[:6].hex()
