w = memoryview(bytearray(b'ab'))
hash(w)
hash(bytes(w)) == hash(b'ab')
hash(memoryview(b'ab')) == hash(b'ab')
