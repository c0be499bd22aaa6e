# mode: script
# A memoryview object has the same size whatever it covers: a view of one
# byte, a view of a megabyte and a slice of either are all equally large.
import sys

small = memoryview(b"x")
large = memoryview(bytes(10**6))
sizes = {sys.getsizeof(v) for v in (small, large, large[1:], large[:1], small[:0])}
assert len(sizes) == 1, sizes
assert sys.getsizeof(bytes(10**6)) > sizes.pop()
