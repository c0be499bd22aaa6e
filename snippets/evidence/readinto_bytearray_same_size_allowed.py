# mode: script
# While a view of a bytearray is alive, changes that keep its length are
# allowed (an item, a slice of the same length), and changes of length are not.
buf = bytearray(b"hello")
m = memoryview(buf)
buf[0] = ord("j")
buf[1:3] = b"EL"
assert bytes(m) == b"jELlo", bytes(m)
try:
    buf[1:3] = b"e"
except BufferError:
    pass
else:
    raise AssertionError("a slice assignment that shrinks was allowed")
