# mode: script
# index() returns the position of the first equal item and raises ValueError
# "memoryview.index(x): x not found" when there is none.
m = memoryview(b"abcabc")
assert m.index(ord("c")) == 2
try:
    m.index(ord("z"))
except ValueError as exc:
    assert str(exc) == "memoryview.index(x): x not found", exc
else:
    raise AssertionError("index() found 'z'")
