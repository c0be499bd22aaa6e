# mode: script
# index() works on one-dimensional views only: on a 2-D view it raises
# NotImplementedError "multi-dimensional lookup is not implemented".
grid = memoryview(b"abcdef").cast("B", [2, 3])
try:
    grid.index(ord("e"))
except NotImplementedError as exc:
    assert str(exc) == "multi-dimensional lookup is not implemented", exc
else:
    raise AssertionError("index() searched a 2-D view")
assert grid.cast("B").index(ord("e")) == 4
