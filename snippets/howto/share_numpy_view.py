# requires: numpy
import numpy as np
a = np.arange(6, dtype=np.int32).reshape(2, 3)
view = memoryview(a)
view.format, view.itemsize, view.shape, view.strides
view[1, 2]
view[0, 0] = 100
a
view.tolist()
