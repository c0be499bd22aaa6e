# mode: script
import hashlib
import tempfile
from pathlib import Path

folder = tempfile.TemporaryDirectory()  # removed again at the end
path = Path(folder.name, "big.bin")
path.write_bytes(bytes(range(256)) * 1000)

h = hashlib.sha256()
buf = bytearray(64 * 1024)
view = memoryview(buf)
with open(path, "rb") as f:
    while True:
        n = f.readinto(buf)
        if not n:
            break
        h.update(view[:n])  # only the bytes this read filled

print(h.hexdigest())
print(h.hexdigest() == hashlib.sha256(path.read_bytes()).hexdigest())
folder.cleanup()
