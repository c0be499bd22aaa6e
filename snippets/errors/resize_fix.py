ba = bytearray(b'abc')
m = memoryview(ba)
m.release()
ba.extend(b'de')
ba
