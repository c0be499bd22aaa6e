# requires: numpy
import numpy
a = numpy.arange(6, dtype='uint8').reshape(2, 3, order='F')
m = memoryview(a)
m.tolist()
m.c_contiguous, m.f_contiguous
m.tobytes()
m.tobytes('F')
m.tobytes('A')
