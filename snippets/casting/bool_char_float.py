m = memoryview(b'\x00\x01\x02A')
m.cast('?').tolist()
m.cast('c').tolist()
m.cast('c')[3]
floats = memoryview(bytes(8))
floats.cast('f').tolist(), floats.cast('d').tolist()
