# mode: script
# A Python class that subclasses a C exporter is an exporter, but a class
# that only defines __buffer__ is not: memoryview() raises TypeError.
class Derived(bytearray):
    pass


assert memoryview(Derived(b"ab")).tobytes() == b"ab"


class OwnBuffer:
    def __buffer__(self, flags):
        return memoryview(b"ab")


try:
    memoryview(OwnBuffer())
except TypeError:
    pass
else:
    raise AssertionError("a class defining __buffer__ is an exporter here")
