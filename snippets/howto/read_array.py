import tempfile
from array import array
from pathlib import Path
folder = tempfile.TemporaryDirectory()
path = Path(folder.name, "floats.bin")
path.write_bytes(array("d", [1.5, 2.5, 3.5]).tobytes())
values = array("d", bytes(24))
values
with open(path, "rb") as f:
    f.readinto(values)

values
folder.cleanup()
