# mode: script
# cast() with a shape gives as many dimensions as the shape has entries, up
# to 64; a shape of 65 entries raises ValueError.
m = memoryview(b"a")
assert m.cast("B", shape=[1] * 64).ndim == 64
try:
    m.cast("B", shape=[1] * 65)
except ValueError:
    pass
else:
    raise AssertionError("a cast to 65 dimensions worked")
