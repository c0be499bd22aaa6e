# mode: script
# A plain Python class with __buffer__ is refused by memoryview(), while a
# subclass of bytearray (an exporter written in C) is accepted.
class Plain:
    def __buffer__(self, flags):
        return memoryview(b"ab")

class Sub(bytearray):
    pass

assert memoryview(Sub(b"ab")).tobytes() == b"ab"
try:
    memoryview(Plain())
except TypeError:
    pass
else:
    raise AssertionError("a plain class exported a buffer with __buffer__")
