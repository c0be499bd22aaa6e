# mode: script
import hashlib
from pathlib import Path

Path("big.bin").write_bytes(bytes(range(256)) * 1000)

h = hashlib.sha256()
buf = bytearray(64 * 1024)
view = memoryview(buf)
with open("big.bin", "rb") as f:
    while True:
        n = f.readinto(buf)
        if not n:
            break
        h.update(view[:n])  # only the bytes this read filled

print(h.hexdigest())
print(h.hexdigest() == hashlib.sha256(Path("big.bin").read_bytes()).hexdigest())
