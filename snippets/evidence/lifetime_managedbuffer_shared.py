# mode: script
# One object of type 'managedbuffer' holds the export of memoryview(obj); the
# views derived from it (slices, casts, memoryview(view)) all refer to it.
import gc

buf = bytearray(b"abcdef")
m = memoryview(buf)
derived = [m[1:], m.cast("c"), memoryview(m), m[::2][1:]]
holders = [r for r in gc.get_referrers(buf) if type(r).__name__ == "managedbuffer"]
assert len(holders) == 1, holders
for view in [m] + derived:
    assert holders[0] in gc.get_referents(view), view
assert not any(isinstance(r, memoryview) for r in gc.get_referrers(buf))
