import array
[(code, memoryview(array.array(code)).itemsize) for code in 'bBhHiIlLqQfd']
m = memoryview(array.array('H', [32000, 32001, 32002]))
m.itemsize, len(m), m.nbytes
import struct
struct.calcsize(m.format) == m.itemsize
m.cast('B').itemsize, m.cast('B', shape=[3, 2]).itemsize
