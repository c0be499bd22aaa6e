# mode: script
# Leaving a with block releases the view even when the block raises: the
# view is unusable afterwards and the bytearray can grow.
buf = bytearray(b"abc")
try:
    with memoryview(buf) as view:
        raise KeyError("stop")
except KeyError:
    pass
try:
    view[0]
except ValueError:
    pass
else:
    raise AssertionError("the view still works after the block")
buf.append(100)
