# mode: script
# A class whose __buffer__ returns a memoryview is an exporter; if it returns
# anything else (here bytes), memoryview() raises TypeError.
class Good:
    def __buffer__(self, flags):
        return memoryview(b"ab")


class Bad:
    def __buffer__(self, flags):
        return b"ab"


assert memoryview(Good()).tobytes() == b"ab"
try:
    memoryview(Bad())
except TypeError:
    pass
else:
    raise AssertionError("__buffer__ returning bytes was accepted")
