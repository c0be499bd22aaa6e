ba = bytearray(b'abc')
m = memoryview(ba)
part = m[0:2]
m.release()
ba.append(1)
part.release()
ba.append(1)
ba
