# mode: script
# From 3.12 a class written in Python becomes an exporter by defining
# __buffer__: memoryview() calls it, and it is a collections.abc.Buffer.
import collections.abc
class Exporter:
    def __buffer__(self, flags):
        return memoryview(b"abc")
assert memoryview(Exporter()).tobytes() == b"abc"
assert isinstance(Exporter(), collections.abc.Buffer)
