# mode: script
# Slicing a view allocates the same small amount of memory whether the
# slice covers a thousand bytes or ten million: no bytes are copied.
import tracemalloc

peaks = []
for size in (1_000, 10_000_000):
    m = memoryview(bytes(size))
    tracemalloc.start()
    part = m[1:-1]
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    assert part.nbytes == size - 2
    peaks.append(peak)
assert max(peaks) < 4096, peaks
