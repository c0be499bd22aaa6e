# mode: script
# Only the byte formats 'B', 'b' and 'c' can be hashed: a read-only view
# in any other native format raises ValueError.
m = memoryview(bytes(16))
for fmt in "Bbc":
    hash(m.cast(fmt))
for fmt in "?HhIiLlQqfdenN":
    try:
        hash(m.cast(fmt))
    except ValueError:
        continue
    raise AssertionError(f"a {fmt!r} view could be hashed")
