# mode: script
# A bytes value assigned to a slice of a 'c' view is refused ("different
# structures"), because its format is 'B'; the same bytes cast to 'c' fit.
c = memoryview(bytearray(b"abcd")).cast("c")
assert memoryview(b"AB").format == "B"
try:
    c[0:2] = b"AB"
except ValueError as exc:
    assert str(exc) == "memoryview assignment: lvalue and rvalue have different structures", exc
else:
    raise AssertionError("a 'c' slice took bytes")
c[0:2] = memoryview(b"AB").cast("c")
assert c.tobytes() == b"ABcd", c.tobytes()
