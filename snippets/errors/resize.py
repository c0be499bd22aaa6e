ba = bytearray(b'abc')
m = memoryview(ba)
ba.append(1)
ba.extend(b'de')
ba[0] = 65
ba
