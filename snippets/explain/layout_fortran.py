# requires: numpy
import numpy as np
a = np.array([10, 20, 30, 40, 50, 60], dtype=np.uint8).reshape(2, 3)
list(bytes(a))
t = memoryview(a.T)
t.shape, t.strides
t.tolist()
t[2, 1]
t.c_contiguous, t.f_contiguous
list(t.tobytes())
list(t.tobytes(order='A'))
t.cast('B')
