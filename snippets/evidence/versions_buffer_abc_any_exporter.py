# mode: script
# collections.abc.Buffer matches every object that supports the buffer
# protocol (built-in types and classes with __buffer__) and nothing else.
import array
import collections.abc
import mmap

class Exporter:
    def __buffer__(self, flags):
        return memoryview(b"abc")

Buffer = getattr(collections.abc, "Buffer", None)
assert Buffer is not None, "collections.abc has no Buffer"
for obj in (b"", bytearray(), memoryview(b""), array.array("i"),
            mmap.mmap(-1, 16), Exporter()):
    assert isinstance(obj, Buffer), type(obj)
for obj in ("", [], 1, None):
    assert not isinstance(obj, Buffer), type(obj)
