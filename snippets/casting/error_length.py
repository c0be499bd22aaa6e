m = memoryview(b'abcde')
m.cast('h')
m[:4].cast('h').tolist()
