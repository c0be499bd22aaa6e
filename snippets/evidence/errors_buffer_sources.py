# mode: script
# memoryview() accepts bytes, bytearray, array.array and another memoryview;
# a view of a view shows the same memory.
import array

for source in (b'ab', bytearray(b'ab'), array.array('B', b'ab'), memoryview(b'ab')):
    assert memoryview(source).tobytes() == b'ab', type(source).__name__
data = bytearray(b'ab')
inner = memoryview(data)
outer = memoryview(inner)
outer[0] = ord('X')
assert data == bytearray(b'Xb') and outer.obj is data
