# mode: script
# Built-in exporters have __buffer__; those that count exports (bytearray,
# array.array, mmap, memoryview) also have __release_buffer__, bytes does not.
import array, mmap

for t in (bytes, bytearray, array.array, mmap.mmap, memoryview):
    assert hasattr(t, "__buffer__"), t
for t in (bytearray, array.array, mmap.mmap, memoryview):
    assert hasattr(t, "__release_buffer__"), t
assert not hasattr(bytes, "__release_buffer__")
