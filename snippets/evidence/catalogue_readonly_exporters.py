# mode: script
# Views of bytes, views made by toreadonly() and views of a read-only mmap
# are read-only: reading works, writing raises TypeError.
import mmap

views = [
    memoryview(b'\x00abc'),
    memoryview(bytearray(4)).toreadonly(),
    memoryview(mmap.mmap(-1, 4, access=mmap.ACCESS_READ)),
]
for view in views:
    assert view.readonly and view[0] == 0
    try:
        view[0] = 1
    except TypeError as exc:
        assert str(exc) == "cannot modify read-only memory", exc
    else:
        raise AssertionError("a read-only view was written")
