memoryview(b'abc').format
memoryview(bytearray(b'abc')).format
import array
memoryview(array.array('d', [1.5])).format
memoryview(array.array('q', [1])).format
m = memoryview(bytearray(8))
m.cast('c').format, m.cast('i').format, m.cast('@i').format
m.cast('?').format, m.cast('f').format
