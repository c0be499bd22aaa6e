# mode: script
import tempfile
from pathlib import Path


def readinto_exactly(f, view):
    """Fill the whole of view from f, in as many calls as it takes."""
    view = view.cast("B")  # count in bytes, whatever the format
    pos = 0
    while pos < view.nbytes:
        n = f.readinto(view[pos:])
        if not n:
            raise EOFError(f"the stream ended after {pos} of {view.nbytes} bytes")
        pos += n


folder = tempfile.TemporaryDirectory()  # removed again at the end
path = Path(folder.name, "data.bin")
path.write_bytes(bytes(range(12)))
buf = bytearray(8)
with open(path, "rb") as f:
    readinto_exactly(f, memoryview(buf))
    print("first block:", buf.hex(" "))
    try:
        readinto_exactly(f, memoryview(buf))
    except EOFError as exc:
        print("second block:", exc)

folder.cleanup()
