# mode: script
# Views of ctypes arrays have formats with a byte-order prefix ('<i', '<d'),
# which memoryview cannot read item by item; after cast('B') and a cast to the
# native letter, the items read normally.
import ctypes
for ctype, letter, values in ((ctypes.c_int, "i", [1, -2]),
                              (ctypes.c_double, "d", [0.5, 2.0]),
                              (ctypes.c_short, "h", [3, 4])):
    view = memoryview((ctype * 2)(*values))
    assert view.format.startswith("<"), view.format
    try:
        view.tolist()
    except NotImplementedError:
        pass
    else:
        raise AssertionError("tolist() read the format %r" % view.format)
    assert view.cast("B").cast(letter).tolist() == values, letter
