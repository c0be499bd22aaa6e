# mode: script
# A stored exception keeps the frame of the function that raised it, and so
# the view in that frame: the bytearray stays locked until the exception goes.
buf = bytearray(b"abc")


def fail():
    view = memoryview(buf)
    raise RuntimeError("oops")


try:
    fail()
except RuntimeError as exc:
    kept = exc
try:
    buf.append(0)
except BufferError:
    pass
else:
    raise AssertionError("the view in the traceback was already released")
del kept
buf.append(0)
