# mode: script
import tempfile
from pathlib import Path

folder = tempfile.TemporaryDirectory()  # removed again at the end
path = Path(folder.name, "data.bin")
path.write_bytes(bytes(range(20)))

buf = bytearray(20)
view = memoryview(buf)
pos = 0
with open(path, "rb") as f:
    while pos < len(buf):
        n = f.readinto(view[pos : pos + 8])
        if n == 0:
            break
        print(f"read {n} bytes into buf[{pos}:{pos + n}]")
        pos += n

print(buf.hex(" "))
folder.cleanup()
