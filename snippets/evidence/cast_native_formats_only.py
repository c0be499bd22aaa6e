# mode: script
# cast() accepts only native formats: a letter alone or after '@' works; a
# byte-order prefix ('<', '>', '=', '!') or an unknown letter raises ValueError.
view = memoryview(bytes(8))
view.cast("i")
view.cast("@i")
for fmt in ("<l", ">l", "=i", "!i", "<i", "<B", ">i", "!I", "Z"):
    try:
        view.cast(fmt)
    except ValueError:
        continue
    raise AssertionError(f"cast({fmt!r}) did not raise ValueError")
