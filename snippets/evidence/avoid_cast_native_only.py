# mode: script
# memoryview.cast() accepts only native formats: a standard-size format with
# a byte-order prefix, such as '<l' or '=i', raises ValueError.
view = memoryview(bytes(8))
for fmt in ("<l", ">l", "=i", "!i"):
    try:
        view.cast(fmt)
    except ValueError:
        continue
    raise AssertionError(f"cast({fmt!r}) was accepted")
