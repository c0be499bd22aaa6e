# mode: script
# cast() accepts only native formats: a letter alone or after '@'; a byte
# order prefix such as '<', '>', '=' or '!' raises ValueError.
m = memoryview(bytes(8))
m.cast("i")
m.cast("@i")
for fmt in ("<i", ">i", "=i", "!i"):
    try:
        m.cast(fmt)
    except ValueError:
        continue
    raise AssertionError(f"cast({fmt!r}) was accepted")
