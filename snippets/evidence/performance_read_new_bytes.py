# mode: script
# f.read(n) on a binary file returns a new bytes object on each call, even
# when the file gives the same bytes again.
import os
import tempfile

with tempfile.TemporaryDirectory() as folder:
    path = os.path.join(folder, "data.bin")
    with open(path, "wb") as f:
        f.write(b"abcdabcd")
    with open(path, "rb") as f:
        first, second = f.read(4), f.read(4)
assert type(first) is bytes and type(second) is bytes
assert first == second and first is not second
