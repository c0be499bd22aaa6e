# mode: script
# If __buffer__ returns memoryview(data).toreadonly(), a consumer that asks
# for writable memory (readinto) is refused with TypeError and the data is
# unchanged, while readers (bytes) still work.
import io

class Guarded:
    def __init__(self):
        self._data = bytearray(b"abcd")

    def __buffer__(self, flags):
        return memoryview(self._data).toreadonly()

guarded = Guarded()
try:
    assert bytes(guarded) == b"abcd"
except TypeError as exc:
    raise AssertionError(f"bytes(guarded) failed: {exc}")
try:
    io.BytesIO(b"xy").readinto(guarded)
except TypeError:
    pass
else:
    raise AssertionError("readinto() wrote into a read-only export")
assert guarded._data == b"abcd"
