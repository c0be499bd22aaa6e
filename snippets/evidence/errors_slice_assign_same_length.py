# mode: script
# A slice assignment must supply exactly as many items as the slice: a
# shorter or a longer value is refused, and the view keeps its length.
m = memoryview(bytearray(4))
for key, value in ((slice(0, 2), b'a'), (slice(0, 2), b'abc'), (slice(None, None, 2), b'a')):
    try:
        m[key] = value
    except ValueError as exc:
        assert "lvalue and rvalue have different structures" in str(exc), exc
    else:
        raise AssertionError(f"m[{key}] = {value!r} worked")
m[1:3] = b'xy'
assert len(m) == 4 and bytes(m) == b'\x00xy\x00', bytes(m)
