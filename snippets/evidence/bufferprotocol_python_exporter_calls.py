# mode: script
# A Python exporter's __buffer__ receives the consumer's flags as an int
# (memoryview() sends FULL_RO, 0x11C), and __release_buffer__ receives the
# very memoryview that __buffer__ returned, when the export ends.
calls = []


class Exporter:
    def __init__(self):
        self.data = bytearray(b"abcd")

    def __buffer__(self, flags):
        view = memoryview(self.data)
        calls.append(("buffer", flags, view))
        return view

    def __release_buffer__(self, view):
        calls.append(("release", view))


m = memoryview(Exporter())
m.release()
(kind, flags, given), (kind2, returned) = calls
assert type(flags) is int and flags == 0x11C, flags
assert kind2 == "release" and returned is given
