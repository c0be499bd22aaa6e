# mode: script
# memoryview._from_flags(obj, flags) is a class method that builds a view of
# obj, passing the buffer-request flags; asking bytes for a writable buffer
# raises BufferError.
m = memoryview._from_flags(b"ab", 0)
assert type(m) is memoryview and m.tobytes() == b"ab"
try:
    memoryview._from_flags(b"ab", 1)
except BufferError:
    pass
else:
    raise AssertionError("bytes gave a writable buffer")
assert memoryview._from_flags(bytearray(b"ab"), 1).readonly is False
