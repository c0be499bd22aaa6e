# mode: script
# A with block over a memoryview releases the view when the block ends
# normally, and __enter__ returns the view itself.
buf = bytearray(b"abc")
view = memoryview(buf)
with view as m:
    assert m is view
    m[0] = ord("X")
assert "released" in repr(view), repr(view)
buf.append(0)
assert buf == bytearray(b"Xbc\x00"), buf
