# mode: script
# The PEP 688 names exist: __buffer__ and __release_buffer__ on memoryview,
# collections.abc.Buffer and inspect.BufferFlags (all new in 3.12).
import collections.abc
import inspect
assert hasattr(memoryview, "__buffer__"), "no memoryview.__buffer__"
assert hasattr(memoryview, "__release_buffer__"), "no __release_buffer__"
assert hasattr(collections.abc, "Buffer"), "no collections.abc.Buffer"
assert hasattr(inspect, "BufferFlags"), "no inspect.BufferFlags"
