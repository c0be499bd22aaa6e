# requires: numpy
import numpy as np
a = np.arange(6, dtype=np.int32).reshape(2, 3)
flags = lambda v: (v.c_contiguous, v.f_contiguous, v.contiguous)
flags(memoryview(a))
flags(memoryview(np.asfortranarray(a)))
flags(memoryview(a.T))
flags(memoryview(a[:, ::2]))
memoryview(a.T).tobytes(), memoryview(a.T).tobytes(order='A')
