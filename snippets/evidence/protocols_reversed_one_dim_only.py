# mode: script
# reversed() only works on one-dimensional views: a zero-dimensional view
# raises TypeError and a two-dimensional one NotImplementedError.
assert list(reversed(memoryview(b"ab"))) == [98, 97]
for view, kind in (
    (memoryview(b"a").cast("B", shape=[]), TypeError),
    (memoryview(b"abcd").cast("B", shape=[2, 2]), NotImplementedError),
):
    try:
        list(reversed(view))
    except kind:
        continue
    raise AssertionError(f"reversed() of a {view.ndim}-dim view did not raise {kind.__name__}")
