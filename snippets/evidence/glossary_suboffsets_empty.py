# mode: script
# Views of bytes, bytearray, array.array and mmap.mmap have an empty tuple
# as their suboffsets.
import array
import mmap
mm = mmap.mmap(-1, 8)
for obj in (b"ab", bytearray(b"ab"), array.array("i", [1, 2]), mm):
    with memoryview(obj) as m:
        assert m.suboffsets == (), (obj, m.suboffsets)
mm.close()
