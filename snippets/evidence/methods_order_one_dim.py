# mode: script
# For a one-dimensional view, tobytes() gives the same bytes whatever the
# order: 'C', 'F', 'A' or None.
m = memoryview(bytes(range(12)))
for v in (m, m[2:9], m[::2], m[::-3], m.cast("i"), m.cast("H")[::-1], m[0:0]):
    assert len({v.tobytes(order) for order in ("C", "F", "A", None)}) == 1
