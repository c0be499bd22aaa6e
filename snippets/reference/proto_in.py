m = memoryview(b'abc')
98 in m
98.0 in m
b'b' in m
b'b' in m.cast('c')
b'bc' in m
b'bc' in m.tobytes()
