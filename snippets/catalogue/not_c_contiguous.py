import hashlib, zlib
m = memoryview(b'abcdef')[::2]
hashlib.sha256(m)
zlib.compress(m)
hashlib.sha256(m.tobytes()).hexdigest()[:16]
