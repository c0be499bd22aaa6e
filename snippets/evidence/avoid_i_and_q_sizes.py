# mode: script
# Cast to 'i' gives 4-byte items and cast to 'q' gives 8-byte items.
view = memoryview(bytes(16))
assert view.cast("i").itemsize == 4, view.cast("i").itemsize
assert view.cast("q").itemsize == 8, view.cast("q").itemsize
