import mmap
import tempfile
from pathlib import Path
folder = tempfile.TemporaryDirectory()
path = Path(folder.name, "counters.bin")
path.write_bytes(bytes(16))
with open(path, "r+b") as f:
    m = mmap.mmap(f.fileno(), 0)

with memoryview(m) as view, view.cast("Q") as counters:
    counters[0] += 1
    counters[1] = 2**40

m.close()
path.read_bytes()
folder.cleanup()
