# mode: script
# tobytes(order) accepts 'C', 'F', 'A' and None, and refuses every other
# string, lower-case letters included, with ValueError.
m = memoryview(b'ab')
for order in ('C', 'F', 'A', None):
    assert m.tobytes(order) == b'ab'
for order in ('c', 'f', 'a', 'K', '', 'CC'):
    try:
        m.tobytes(order)
    except ValueError as exc:
        assert str(exc) == "order must be 'C', 'F' or 'A'", exc
    else:
        raise AssertionError(f"tobytes({order!r}) worked")
