# mode: script
# Only one-dimensional views can be iterated: a zero-dimensional view
# raises TypeError and a two-dimensional one NotImplementedError.
assert list(memoryview(b"ab")) == [97, 98]
for view, kind in (
    (memoryview(b"a").cast("B", shape=[]), TypeError),
    (memoryview(b"abcd").cast("B", shape=[2, 2]), NotImplementedError),
):
    try:
        list(view)
    except kind:
        continue
    raise AssertionError(f"list() of a {view.ndim}-dim view did not raise {kind.__name__}")
