# requires: numpy
import numpy as np
[memoryview(np.zeros(1, dtype=t)).format for t in ('int8', 'int32', 'int64', 'float32', 'float64', 'bool', 'complex128')]
memoryview(np.zeros(1, dtype='>i4')).format
memoryview(np.zeros(1, dtype='<i4')).format
big = memoryview(np.arange(3, dtype='>i4'))
big.tolist()
