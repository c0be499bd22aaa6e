import mmap
import tempfile
from pathlib import Path
folder = tempfile.TemporaryDirectory()
path = Path(folder.name, "data.bin")
path.write_bytes(bytes(16))
f = open(path, "r+b")
mm = mmap.mmap(f.fileno(), 0)
m = memoryview(mm)
mm.resize(32)
m.release()
mm.resize(32)
len(mm), path.stat().st_size
mm.close()
f.close()
folder.cleanup()
