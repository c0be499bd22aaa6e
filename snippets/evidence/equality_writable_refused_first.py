# mode: script
# hash() of a writable view fails with "cannot hash writable memoryview
# object", whatever its format, before the format is looked at.
buf = bytearray(8)
for fmt in ("B", "b", "c", "i", "d", "q"):
    try:
        hash(memoryview(buf).cast(fmt))
    except ValueError as exc:
        assert "writable" in str(exc), (fmt, str(exc))
    else:
        raise AssertionError("a writable view was hashed")
