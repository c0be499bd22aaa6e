# mode: script
# also-on: history
# memoryview is registered as a collections.abc.Sequence, yet it has no
# count() or index() method (both arrive in 3.14).
try:
    from collections.abc import Sequence
except ImportError:  # Python 2.7
    from collections import Sequence
m = memoryview(b"ab")
assert isinstance(m, Sequence), "not registered as a Sequence"
assert not hasattr(m, "count") and not hasattr(m, "index"), "has count/index"
