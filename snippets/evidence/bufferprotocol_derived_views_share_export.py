# mode: script
# Slices, casts and memoryview() of a view do not make their own export: the
# first view can be released while they live, and the bytearray stays locked
# until the last of them is released.
data = bytearray(b"abcd")
m = memoryview(data)
derived = [m[1:], m.cast("c"), memoryview(m)]
m.release()  # would raise BufferError if the derived views held exports of m
for view in derived:
    try:
        data.append(0)
    except BufferError:
        pass
    else:
        raise AssertionError("the bytearray could grow while a derived view was alive")
    view.release()
data.append(0)
