# mode: script
# A copy allocates at least as many bytes as it copies; making a view and
# slicing it allocate under 4 kB whether the data is 1 kB or 10 MB.
import tracemalloc


def allocated(action):
    tracemalloc.start()
    result = action()
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    return peak, result


for size in (1_000, 10_000_000):
    data = bytearray(size)
    copy_peak, _ = allocated(lambda: bytes(data))
    assert copy_peak >= size, (size, copy_peak)
    view_peak, _ = allocated(lambda: memoryview(data)[1:-1])
    assert view_peak < 4096, (size, view_peak)
