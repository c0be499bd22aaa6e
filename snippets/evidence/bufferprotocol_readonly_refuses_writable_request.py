# mode: script
# A consumer that asks for writable memory (here readinto()) is refused by a
# read-only exporter (bytes, or a read-only view) with TypeError.
import io

for target in (b"xy", memoryview(b"xy"), memoryview(bytearray(b"xy")).toreadonly()):
    try:
        io.BytesIO(b"ab").readinto(target)
    except TypeError:
        pass
    else:
        raise AssertionError(f"readinto() wrote into {target!r}")
