h = memoryview(bytearray(2)).cast('e')
h[0] = 70000.0
h[0] = 65504.0
h[0]
