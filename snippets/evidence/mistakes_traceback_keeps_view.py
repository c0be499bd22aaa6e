# mode: script
# A view can stay alive in a place the code does not show: a saved
# exception's traceback keeps the frame, and the frame's view still locks
# the bytearray.
buf = bytearray(b"abc")

def fail():
    view = memoryview(buf)  # noqa: F841 (kept alive by the traceback)
    raise RuntimeError("failed")

try:
    fail()
except RuntimeError as exc:
    saved = exc

try:
    buf.append(0)
except BufferError:
    pass
else:
    raise AssertionError("the bytearray grew although the traceback holds a view")
del saved
