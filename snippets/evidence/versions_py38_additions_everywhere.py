# mode: script
# toreadonly(), hex() with a separator and group size, and tobytes(order=...)
# all work on every version recorded here (the oldest is 3.8).
view = memoryview(bytearray(b"\x01\x02\x03\x04"))
assert view.toreadonly().readonly and not view.readonly
assert view.hex(":") == "01:02:03:04", view.hex(":")
assert view.hex(" ", 2) == "0102 0304", view.hex(" ", 2)
grid = view.cast("B", shape=[2, 2])
assert grid.tobytes(order="F") == b"\x01\x03\x02\x04", grid.tobytes(order="F")
