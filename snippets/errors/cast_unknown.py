m = memoryview(bytearray(8))
m.cast('z')
m.cast('<i')
m.cast('@i').format
