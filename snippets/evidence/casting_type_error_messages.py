# mode: script
# The TypeError messages of failed casts (length, two non-byte formats,
# shape, ND to ND, non-contiguous) are these exact texts.
m = memoryview(bytes(range(6)))
cases = [
    (lambda: m[:5].cast("h"), "memoryview: length is not a multiple of itemsize"),
    (lambda: m.cast("h").cast("b").cast("h").cast("H"), "memoryview: cannot cast between two non-byte formats"),
    (lambda: m.cast("B", shape=[2, 4]), "memoryview: product(shape) * itemsize != buffer size"),
    (lambda: m.cast("B", shape=[2, 3]).cast("B", shape=[3, 2]), "memoryview: cast must be 1D -> ND or ND -> 1D"),
    (lambda: m[::2].cast("B"), "memoryview: casts are restricted to C-contiguous views"),
]
for make, text in cases:
    try:
        make()
    except TypeError as exc:
        assert str(exc) == text, (str(exc), text)
    else:
        raise AssertionError(f"no TypeError, expected {text!r}")
