m = memoryview(b'\x00\x3c\x00\xc0')
m.cast('e').tolist()
