# mode: script
# also-on: history
# tobytes() takes the order argument ('C', 'F' or 'A') from 3.8; before, it
# took no arguments.
m = memoryview(b"abcd")
try:
    result = m.tobytes(order="F")
except TypeError:
    raise AssertionError("tobytes() takes no order argument here")
assert result == b"abcd"
