bytes.fromhex('41 42')
bytes.fromhex(memoryview(b'41 42'))
