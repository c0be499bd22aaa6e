data = memoryview(bytes(8))
for fmt in 'bBhHiIlLqQfd?c':
    view = data.cast(fmt)
    print(fmt, view.itemsize, len(view))

