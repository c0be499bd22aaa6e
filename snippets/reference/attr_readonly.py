memoryview(b'abc').readonly
memoryview(bytearray(b'abc')).readonly
import array
memoryview(array.array('i', [1, 2])).readonly
m = memoryview(bytearray(b'abc'))
ro = m.toreadonly()
ro.readonly, ro[1:].readonly, ro.cast('c').readonly
ro[0] = 120
m[0] = 120
ro.tobytes()
