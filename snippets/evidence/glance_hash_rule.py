# mode: script
# hash() of a view needs a read-only view in format 'B', 'b' or 'c' (a
# writable view raises ValueError whatever its format); the hash is then
# that of the view's bytes.
for fmt in "Bbc":
    ro = memoryview(b"abcd").cast(fmt)
    assert hash(ro) == hash(ro.tobytes()) == hash(b"abcd"), fmt
for fmt in "BbcHid":
    writable = memoryview(bytearray(8)).cast(fmt)
    try:
        hash(writable)
    except ValueError:
        pass
    else:
        raise AssertionError("a writable view was hashed: " + fmt)
assert hash(memoryview(b"abcdef")[::2]) == hash(b"ace")
for fmt in "HhIiLlQqfd":
    try:
        hash(memoryview(bytes(8)).cast(fmt))
    except ValueError:
        pass
    else:
        raise AssertionError("format hashed: " + fmt)
