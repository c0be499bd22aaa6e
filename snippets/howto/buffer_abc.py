import collections.abc
class Packet:
    def __init__(self, size):
        self._data = bytearray(size)

    def __buffer__(self, flags):
        return memoryview(self._data)

isinstance(Packet(4), collections.abc.Buffer)
[isinstance(x, collections.abc.Buffer) for x in (b"", bytearray(), memoryview(b""), "", [])]
import inspect
inspect.BufferFlags(284), inspect.BufferFlags(1)
