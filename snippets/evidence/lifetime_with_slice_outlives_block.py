# mode: script
# After a with block ends, even by an exception, the bytearray can resize,
# unless a slice of the view made inside the block is still alive.
buf = bytearray(b"abc")
try:
    with memoryview(buf) as m:
        raise RuntimeError("stop")
except RuntimeError:
    pass
buf.append(100)
with memoryview(buf) as m:
    kept = m[1:]
try:
    buf.append(101)
except BufferError:
    pass
else:
    raise AssertionError("the slice did not keep the bytearray locked")
kept.release()
buf.append(101)
assert buf == b"abcde"
