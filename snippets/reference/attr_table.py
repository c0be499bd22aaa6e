# mode: script
# Each attribute's type, and its value for a view of bytes (m), a stepped
# slice of it and a grid cast from it. Printed without quotes: obj is shown
# as "data" when it is the bytes object itself, a str value as its text.
data = b"abcd"
m = memoryview(data)
views = [m, m[::2], m.cast("H", shape=[2, 1])]
names = ["obj", "nbytes", "readonly", "itemsize", "format", "ndim", "shape",
         "strides", "suboffsets", "c_contiguous", "f_contiguous", "contiguous"]


def shown(value):
    if value is data:
        return "data"
    return value if isinstance(value, str) else repr(value)


print("attribute\ttype\tm\tslice\tgrid")
for name in names:
    values = [getattr(view, name) for view in views]
    print(name, type(values[0]).__name__, *map(shown, values), sep="\t")
