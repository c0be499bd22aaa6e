# mode: script
# sys.getsizeof() of a view grows with ndim: each dimension adds three
# Py_ssize_t integers (one shape, one strides and one suboffsets entry).
import struct
import sys

m = memoryview(bytes(8))
sizes = [sys.getsizeof(m.cast("B", [8] + [1] * (ndim - 1))) for ndim in range(1, 6)]
steps = {b - a for a, b in zip(sizes, sizes[1:])}
assert steps == {3 * struct.calcsize("n")}, (sizes, struct.calcsize("n"))
