import tempfile
from pathlib import Path
folder = tempfile.TemporaryDirectory()
path = Path(folder.name, "data.bin")
path.write_bytes(b"0123456789")
buf = bytearray(16)
with open(path, "rb") as f:
    first = f.readinto(buf)
    second = f.readinto(buf)

first, second
buf
buf[:first]
folder.cleanup()
