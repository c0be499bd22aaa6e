m = memoryview(b'abcdefgh')
m.cast('<i')
m.cast('ii')
m.cast('x')
m.cast('@i').format
m.cast('i').format
