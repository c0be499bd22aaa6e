# mode: script
# tobytes() accepts order 'C', 'F', 'A' or None; any other string raises
# ValueError, and an order that is not a str (or None) raises TypeError.
m = memoryview(b"ab")
for order in ("C", "F", "A", None):
    m.tobytes(order)
for order, kind in (("c", ValueError), ("f", ValueError), ("CF", ValueError),
                    ("", ValueError), (b"C", TypeError), (1, TypeError)):
    try:
        m.tobytes(order)
    except kind:
        continue
    raise AssertionError(f"tobytes({order!r}) did not raise {kind.__name__}")
