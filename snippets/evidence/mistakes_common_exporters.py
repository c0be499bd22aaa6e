# mode: script
# memoryview() accepts bytes, bytearray, array.array and mmap.mmap objects:
# each of them exports its memory through the buffer protocol.
import array
import mmap

sources = [b"ab", bytearray(b"ab"), array.array("B", b"ab"), mmap.mmap(-1, 2)]
for source in sources:
    with memoryview(source) as view:
        assert view.nbytes == 2, (type(source).__name__, view.nbytes)
sources[-1].close()
