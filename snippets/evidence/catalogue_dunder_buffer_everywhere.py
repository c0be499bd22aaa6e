# mode: script
# bytes, bytearray, array.array, memoryview and mmap have __buffer__;
# bytearray also has __release_buffer__; inspect.BufferFlags exists.
import array
import inspect
import mmap

for kind in (bytes, bytearray, array.array, memoryview, mmap.mmap):
    assert hasattr(kind, '__buffer__'), kind
assert hasattr(bytearray, '__release_buffer__')
assert hasattr(inspect, 'BufferFlags')
