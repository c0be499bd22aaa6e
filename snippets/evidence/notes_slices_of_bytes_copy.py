# mode: script
# A partial slice of bytes or of a bytearray is a new object holding a copy:
# it allocates at least as many bytes as it holds.
import tracemalloc

for data in (bytes(1_000_000), bytearray(1_000_000)):
    tracemalloc.start()
    part = data[10:500_010]
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    assert part is not data and len(part) == 500_000
    assert peak >= 500_000, (type(data).__name__, peak)
