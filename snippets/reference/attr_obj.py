data = bytearray(b'xyz')
m = memoryview(data)
m.obj is data
m.obj
m[1:].obj is data, m.cast('c').obj is data
memoryview(m).obj is data
import array
memoryview(array.array('i', [1, 2])).obj
import io
io.BytesIO(b"abc").getbuffer().obj
