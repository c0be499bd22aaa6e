# mode: script
# A plain Python class that defines __buffer__ can be passed to
# memoryview() and bytes().
class Packet:
    def __init__(self):
        self._data = bytearray(b"abcd")

    def __buffer__(self, flags):
        return memoryview(self._data)

try:
    assert memoryview(Packet()).tobytes() == b"abcd"
    assert bytes(Packet()) == b"abcd"
except TypeError as exc:
    raise AssertionError(f"__buffer__ was not used: {exc}")
