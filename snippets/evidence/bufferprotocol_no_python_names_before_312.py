# mode: script
# Python has no names for the buffer protocol: no __buffer__ on bytes, no
# collections.abc.Buffer and no inspect.BufferFlags.
import collections.abc
import inspect

assert not hasattr(bytes, "__buffer__")
assert not hasattr(collections.abc, "Buffer")
assert not hasattr(inspect, "BufferFlags")
