import os
from pathlib import Path
Path('data.bin').write_bytes(b'hello world')
fd = os.open('data.bin', os.O_RDONLY)
buf = bytearray(8)
os.readinto(fd, memoryview(buf)[2:])
buf
os.close(fd)
