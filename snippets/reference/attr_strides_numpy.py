# requires: numpy
import numpy as np
a = np.arange(6, dtype=np.int32).reshape(2, 3)
memoryview(a).strides
memoryview(a.T).shape, memoryview(a.T).strides
memoryview(np.asfortranarray(a)).strides
memoryview(a[:, ::2]).strides
memoryview(np.zeros((2, 3, 4), dtype=np.int16)).strides
