# mode: script
# Assigning to a slice needs a bytes-like value with the same number of
# items in the same format; otherwise ValueError, and the view keeps its size.
import array
m = memoryview(bytearray(b"abcd"))
m[0:2] = b"xy"
m[2:4] = bytearray(b"zw")
m[::2] = array.array("B", [1, 2])
assert m.tobytes() == b"\x01y\x02w" and len(m) == 4
for value in (b"xyz", b"", memoryview(b"xy").cast("c"), array.array("b", [1, 2])):
    try:
        m[0:2] = value
    except ValueError:
        continue
    raise AssertionError(f"m[0:2] = {value!r} worked")
assert len(m) == 4
