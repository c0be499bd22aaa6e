# mode: script
# also-on: history
# memoryview is registered as a collections.abc.Sequence (3.4).
try:
    from collections.abc import Sequence
except ImportError:  # Python 2.7
    from collections import Sequence
print(issubclass(memoryview, Sequence))
assert isinstance(memoryview(b"ab"), Sequence)
