# mode: script
# cast() raises ValueError for a format it does not accept: an unknown
# letter, and a format with a byte-order prefix.
view = memoryview(bytes(8))
for fmt in ("Z", "<B", ">i", "!I"):
    try:
        view.cast(fmt)
    except ValueError:
        continue
    raise AssertionError(f"cast({fmt!r}) did not raise ValueError")
