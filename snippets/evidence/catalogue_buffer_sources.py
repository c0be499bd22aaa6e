# mode: script
# memoryview() accepts bytes, bytearray, array.array, mmap.mmap, another
# memoryview and ctypes objects.
import array
import ctypes
import mmap

sources = {
    'bytes': b'abcd',
    'bytearray': bytearray(4),
    'array.array': array.array('B', bytes(4)),
    'mmap.mmap': mmap.mmap(-1, 4),
    'memoryview': memoryview(b'abcd'),
    'ctypes array': (ctypes.c_uint8 * 4)(),
}
for name, source in sources.items():
    with memoryview(source) as view:
        assert view.nbytes == 4, (name, view.nbytes)
