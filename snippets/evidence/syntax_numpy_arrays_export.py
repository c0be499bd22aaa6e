# mode: script
# requires: numpy
# A NumPy array supports the buffer protocol: memoryview() accepts it and
# the view reads the array's own memory.
import numpy as np

a = np.array([1, 2, 3], dtype=np.int32)
view = memoryview(a)
assert view.obj is a and view.format == "i" and view.tolist() == [1, 2, 3]
a[0] = 7
assert view[0] == 7
