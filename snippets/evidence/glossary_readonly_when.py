# mode: script
# A view of bytes and a view made by toreadonly() are read-only, and writing
# to them raises TypeError: cannot modify read-only memory.
for view in (memoryview(b"ab"), memoryview(bytearray(b"ab")).toreadonly()):
    assert view.readonly
    try:
        view[0] = 1
    except TypeError as exc:
        assert str(exc) == "cannot modify read-only memory", exc
        continue
    raise AssertionError("a read-only view was written to")
assert not memoryview(bytearray(b"ab")).readonly
