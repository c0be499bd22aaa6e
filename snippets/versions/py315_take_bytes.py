buf = bytearray(b'abc')
hasattr(buf, 'take_bytes')
bytes(memoryview(buf))
