# mode: script
# The shape argument of cast() is a list or a tuple (anything else raises
# TypeError), and a cast without a shape gives a one-dimensional view.
m = memoryview(bytes(6))
assert m.cast("B", [2, 3]).shape == m.cast("B", (2, 3)).shape == (2, 3)
try:
    m.cast("B", range(2, 4))
except TypeError:
    pass
else:
    raise AssertionError("cast() took a range as its shape")
grid = m.cast("B", [2, 3])
assert m.cast("h").ndim == grid.cast("B").ndim == grid.cast("c").ndim == 1
