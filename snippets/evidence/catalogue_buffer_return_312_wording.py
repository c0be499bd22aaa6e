# mode: script
# When __buffer__ returns bytes, memoryview() raises TypeError with the message
# "__buffer__ returned non-memoryview object".
class Packet:
    def __buffer__(self, flags):
        return b"abc"

try:
    memoryview(Packet())
except TypeError as exc:
    message = str(exc)
else:
    raise AssertionError("no TypeError")
assert message == "__buffer__ returned non-memoryview object", message
