# mode: script
# data += chunk on bytes builds a new bytes object and copies the old
# contents into it: for a moment both the old and the new object exist.
import tracemalloc

assert not hasattr(bytes, "__iadd__")
tracemalloc.start()
data = bytes(100000)
data += b"x"
peak = tracemalloc.get_traced_memory()[1]
tracemalloc.stop()
assert len(data) == 100001 and data[-1:] == b"x"
assert peak >= 200001, peak
