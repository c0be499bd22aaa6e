# mode: script
# On a zero-dimensional view, z[...] returns the view itself, z[()] reads the
# item, and z[()] = value writes it.
z = memoryview(bytearray(b"A")).cast("B", [])
assert z.ndim == 0
assert z[...] is z
assert z[()] == 65
z[()] = 66
assert z[()] == 66 and z.obj == bytearray(b"B"), z.obj
