# mode: script
# collections.abc.Buffer recognises any class that defines __buffer__, even
# one whose __buffer__ would fail, and no class without it.
import collections.abc


class Broken:
    def __buffer__(self, flags):
        raise RuntimeError("never called by isinstance()")


assert isinstance(Broken(), collections.abc.Buffer)
assert not isinstance("abc", collections.abc.Buffer)
assert not isinstance([1, 2], collections.abc.Buffer)
