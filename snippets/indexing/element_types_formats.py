m = memoryview(bytes(8))
for fmt in 'B', 'b', 'c', '?', 'H', 'i', 'q', 'f', 'd':
    v = m.cast(fmt)
    print(fmt, v.itemsize, len(v), type(v[0]).__name__, repr(v[0]))

