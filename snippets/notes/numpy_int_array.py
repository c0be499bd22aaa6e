# requires: numpy
import numpy as np
a = np.array([1, 2, 3])
view = memoryview(a)
view
print(view)
view.format
view.itemsize
view.shape
view.tolist()
