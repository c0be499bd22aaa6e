from array import array
from pathlib import Path
Path("floats.bin").write_bytes(array("d", [1.5, 2.5, 3.5]).tobytes())
values = array("d", bytes(24))
values
with open("floats.bin", "rb") as f:
    f.readinto(values)

values
