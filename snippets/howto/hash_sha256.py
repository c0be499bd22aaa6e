import hashlib
data = bytearray(b"The quick brown fox jumps over the lazy dog")
view = memoryview(data)
hashlib.sha256(view).hexdigest()
h = hashlib.sha256()
h.update(view[:10])
h.update(view[10:])
h.hexdigest() == hashlib.sha256(data).hexdigest()
