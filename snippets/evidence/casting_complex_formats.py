# mode: script
# cast() accepts the two-character complex formats Zd and Zf (16 and 8 bytes).
view = memoryview(bytes(16))
for fmt, size in (("Zd", 16), ("Zf", 8)):
    try:
        item = view.cast(fmt)
    except ValueError:
        raise AssertionError(f"cast({fmt!r}) raised ValueError")
    assert item.itemsize == size, (fmt, item.itemsize)
