m = memoryview(bytes(8))
m.cast('z')
m.cast('<i')
m.cast('ii')
m.cast('@i').format
