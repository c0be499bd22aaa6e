r = memoryview(bytearray(b'ab')).toreadonly()
r.readonly
hash(r)
hash(r.tobytes()) == hash(b'ab')
