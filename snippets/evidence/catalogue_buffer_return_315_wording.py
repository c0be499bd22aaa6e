# mode: script
# When __buffer__ returns bytes, memoryview() raises TypeError with the
# message "Packet.__buffer__() must return a memoryview, not bytes".
class Packet:
    def __buffer__(self, flags):
        return b"abc"


try:
    memoryview(Packet())
except TypeError as exc:
    message = str(exc)
else:
    raise AssertionError("memoryview() accepted the object")
assert message == "Packet.__buffer__() must return a memoryview, not bytes", message
