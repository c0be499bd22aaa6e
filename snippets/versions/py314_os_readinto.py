import os
import tempfile
from pathlib import Path
folder = tempfile.TemporaryDirectory()
path = Path(folder.name, 'data.bin')
path.write_bytes(b'hello world')
fd = os.open(path, os.O_RDONLY)
buf = bytearray(8)
os.readinto(fd, memoryview(buf)[2:])
buf
os.close(fd)
folder.cleanup()
