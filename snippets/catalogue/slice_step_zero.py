m = memoryview(b'abcdef')
m[::0]
m[::2].tobytes()
