# mode: script
# A failed cast raises TypeError for a wrong length, two non-byte formats, a
# wrong shape or a non-contiguous view, and ValueError for a bad format.
m = memoryview(bytes(range(6)))
type_errors = [
    lambda: m[:5].cast("h"),
    lambda: m.cast("h").cast("f"),
    lambda: m.cast("B", shape=[2, 4]),
    lambda: m.cast("B", shape=[2, 3]).cast("B", shape=[3, 2]),
    lambda: m[::2].cast("B"),
]
value_errors = [lambda: m.cast("x"), lambda: m.cast("<h"), lambda: m.cast("hh")]
for cases, kind in ((type_errors, TypeError), (value_errors, ValueError)):
    for make in cases:
        try:
            make()
        except Exception as exc:
            assert type(exc) is kind, (kind, repr(exc))
        else:
            raise AssertionError("the cast did not fail")
