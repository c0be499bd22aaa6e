# mode: script
# A view of read-only memory stays read-only: its slices, its casts and a
# view made from it are all read-only, and writing raises TypeError.
view = memoryview(b"hello")
for derived in (view, view[1:], view[::2], view.cast("c"), memoryview(view)):
    assert derived.readonly
    try:
        derived[0] = derived[0]
    except TypeError:
        continue
    raise AssertionError("a read-only view was written to")
