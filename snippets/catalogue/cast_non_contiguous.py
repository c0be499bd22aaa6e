m = memoryview(b'abcdef')[::2]
m.contiguous
m.cast('c')
memoryview(m.tobytes()).cast('c').tolist()
