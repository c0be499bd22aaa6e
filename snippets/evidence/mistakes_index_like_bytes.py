# mode: script
# Views of bytes and bytearray have format 'B', and indexing one gives the
# same int (0 to 255) as indexing the bytes object itself.
data = bytes(range(256))
for source in (data, bytearray(data)):
    view = memoryview(source)
    assert view.format == "B", view.format
    assert [view[i] for i in range(256)] == [data[i] for i in range(256)]
    assert all(type(view[i]) is int for i in range(256))
