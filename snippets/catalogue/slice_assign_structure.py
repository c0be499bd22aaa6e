data = bytearray(b'abcd')
m = memoryview(data)
m[0:2] = b'xyz'
m[::2] = b'123'
import array
m[0:4] = array.array('i', [1])
m[0:2] = b'xy'
m[::2] = b'12'
data
