v = memoryview(b'abcefg')
v[::-2].tobytes()
hash(v[::-2]) == hash(b'abcefg'[::-2])
v[::-2] == b'abcefg'[::-2]
hash(v) == hash(b'abcefg'), hash(v[2:4]) == hash(b'ce')
