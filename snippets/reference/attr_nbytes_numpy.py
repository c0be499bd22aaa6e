# requires: numpy
import numpy as np
row = np.arange(3, dtype=np.int32)
rows = np.broadcast_to(row, (4, 3))
m = memoryview(rows)
m.shape, m.strides
m.nbytes, row.nbytes
m.tolist()
