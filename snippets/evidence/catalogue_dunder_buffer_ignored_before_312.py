# mode: script
# A class that defines __buffer__ but is not a C buffer type is refused with
# "memoryview: a bytes-like object is required, not 'Packet'", even when
# __buffer__ returns a memoryview: the method is not part of the protocol.
class Packet:
    def __buffer__(self, flags):
        return memoryview(b"abc")


try:
    memoryview(Packet())
except TypeError as exc:
    assert str(exc) == "memoryview: a bytes-like object is required, not 'Packet'", exc
else:
    raise AssertionError("memoryview() used __buffer__")
