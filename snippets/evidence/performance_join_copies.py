# mode: script
# b"".join() of several chunks copies every byte into a new bytes object;
# a list of one bytes chunk is returned as it is, with no copy.
import tracemalloc

tracemalloc.start()
parts = [bytes(50000), bytes(50000)]
joined = b"".join(parts)
peak = tracemalloc.get_traced_memory()[1]
tracemalloc.stop()
assert len(joined) == 100000 and all(joined is not p for p in parts)
assert peak >= 200000, peak
only = bytes(1000)
assert b"".join([only]) is only
