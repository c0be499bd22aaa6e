# mode: script
# collections.abc.Buffer and inspect.BufferFlags exist (both new in 3.12).
import collections.abc
import inspect
assert hasattr(collections.abc, "Buffer"), "no collections.abc.Buffer"
assert hasattr(inspect, "BufferFlags"), "no inspect.BufferFlags"
