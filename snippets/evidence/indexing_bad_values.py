# mode: script
# Writing a value that does not suit format 'B' (not an int from 0 to 255)
# raises TypeError or ValueError, and the memory is left unchanged.
m = memoryview(bytearray(b"a"))
for value in (256, -1, 2**70, b"A", 1.0, "a", None, [1]):
    try:
        m[0] = value
    except (TypeError, ValueError):
        continue
    raise AssertionError(f"m[0] = {value!r} did not raise")
assert m.tobytes() == b"a"
