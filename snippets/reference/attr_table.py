# mode: script
# Each attribute's type, and its value for a view of bytes, a stepped slice
# of it and a grid cast from it.
m = memoryview(b"abcd")
step, grid = m[::2], m.cast("H", shape=[2, 1])
names = ["obj", "nbytes", "readonly", "itemsize", "format", "ndim", "shape",
         "strides", "suboffsets", "c_contiguous", "f_contiguous", "contiguous"]
print("attribute\ttype\tm = memoryview(b'abcd')\tm[::2]\tm.cast('H', shape=[2, 1])")
for name in names:
    values = [getattr(view, name) for view in (m, step, grid)]
    print(name, type(values[0]).__name__, *map(repr, values), sep="\t")
