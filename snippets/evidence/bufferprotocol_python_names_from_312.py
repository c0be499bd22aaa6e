# mode: script
# Python names the buffer protocol: __buffer__ on bytes and memoryview,
# collections.abc.Buffer and inspect.BufferFlags all exist.
import collections.abc
import inspect

assert hasattr(bytes, "__buffer__") and hasattr(memoryview, "__buffer__")
assert isinstance(b"", collections.abc.Buffer)
assert inspect.BufferFlags.FULL_RO == 0x11C
