# mode: script
# Only C-contiguous views can be cast: a stepped slice, or a grid whose
# rows are reversed, raises TypeError.
m = memoryview(bytes(8))
m[:4].cast("H")
for view in (m[::2], m.cast("B", shape=[2, 4])[::-1]):
    assert not view.c_contiguous
    try:
        view.cast("B")
    except TypeError:
        continue
    raise AssertionError("a view that is not C-contiguous was cast")
