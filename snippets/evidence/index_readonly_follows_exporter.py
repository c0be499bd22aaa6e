# mode: script
# A view is read-only exactly when the exporter's memory is: bytes and a
# read-only mmap give read-only views; bytearray, array.array and a writable
# mmap give writable ones.
import array
import mmap
ro = mmap.mmap(-1, 4, access=mmap.ACCESS_READ)
rw = mmap.mmap(-1, 4)
for obj, readonly in ((b"ab", True), (ro, True), (bytearray(b"ab"), False),
                      (array.array("i", [1]), False), (rw, False)):
    with memoryview(obj) as m:
        assert m.readonly is readonly, (obj, m.readonly)
ro.close()
rw.close()
