# mode: script
# Item sizes: 1 byte for 'B', 4 for 'i' and 8 for 'd'.
m = memoryview(bytes(8))
assert (m.cast("B").itemsize, m.cast("i").itemsize, m.cast("d").itemsize) == (1, 4, 8)
