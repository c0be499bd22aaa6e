import mmap
from pathlib import Path
Path("counters.bin").write_bytes(bytes(16))
with open("counters.bin", "r+b") as f:
    m = mmap.mmap(f.fileno(), 0)

with memoryview(m) as view, view.cast("Q") as counters:
    counters[0] += 1
    counters[1] = 2**40

m.close()
Path("counters.bin").read_bytes()
