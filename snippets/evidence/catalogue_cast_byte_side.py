# mode: script
# A cast between two formats that are neither 'B', 'b' nor 'c' raises
# TypeError, also when only the shape changes; through a byte format it works.
m = memoryview(bytearray(16))
wide = 'hHiIlLqQnNfd?P'
for src in wide:
    for dst in wide:
        try:
            m.cast(src).cast(dst)
        except TypeError as exc:
            assert str(exc) == "memoryview: cannot cast between two non-byte formats", exc
        else:
            raise AssertionError(f"{src!r} -> {dst!r} worked")
        m.cast(src).cast('B').cast(dst)
    for byte in 'Bbc':
        m.cast(src).cast(byte).cast(src)
ints = m.cast('i')
try:
    ints.cast('i', [2, 2])
except TypeError:
    pass
else:
    raise AssertionError("reshaping an 'i' view worked")
