data = bytearray(b'abcdef')
m = memoryview(data)
m[0], m[-1], len(m)
tail = m[2:]
tail[0] = ord('C')
m[:2] = b'AB'
data
m.cast('H').tolist()
bytes(tail), m.tobytes(), m.hex(), m.tolist()
