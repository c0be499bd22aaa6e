# mode: script
# cast() accepts the two-letter complex formats 'Zd' and 'Zf'.
m = memoryview(bytearray(16))
for fmt, size in (('Zd', 16), ('Zf', 8)):
    try:
        view = m.cast(fmt)
    except ValueError as exc:
        raise AssertionError(f"cast({fmt!r}) refused: {exc}")
    assert view.itemsize == size, (fmt, view.itemsize)
