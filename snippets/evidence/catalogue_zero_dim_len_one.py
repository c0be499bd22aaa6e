# mode: script
# len() of a zero-dimensional view returns 1.
z = memoryview(b"A").cast("B", [])
assert z.ndim == 0
assert len(z) == 1
