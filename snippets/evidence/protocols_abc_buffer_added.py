# mode: script
# collections.abc.Buffer exists, and memoryview is one (new in 3.12, PEP 688).
import collections.abc
assert hasattr(collections.abc, "Buffer"), "no collections.abc.Buffer"
assert isinstance(memoryview(b"ab"), collections.abc.Buffer)
