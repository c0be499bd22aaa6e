# mode: script
# For a one-dimensional view with 1-byte items, such as a view of bytes or
# bytearray, len() and nbytes are the same number.
for view in (memoryview(b"hello"), memoryview(bytearray(7)), memoryview(bytes(6)).cast("b")):
    assert view.ndim == 1 and view.itemsize == 1
    assert len(view) == view.nbytes, (len(view), view.nbytes)
