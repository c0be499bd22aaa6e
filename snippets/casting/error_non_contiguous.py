m = memoryview(b'0123456789')
evens = m[::2]
evens.cast('B')
m[::-1].cast('B')
copy = memoryview(evens.tobytes())
copy.cast('B').tolist()
