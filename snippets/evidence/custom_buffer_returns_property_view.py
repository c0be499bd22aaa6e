# mode: script
# A class whose __buffer__ returns the view of its `buffer` property (a 2-D
# cast) can be passed to memoryview(), bytes() and readinto() directly.
import io

class Image:
    def __init__(self, width, height):
        self.width, self.height = width, height
        self._pixels = bytearray(width * height)

    @property
    def buffer(self):
        return memoryview(self._pixels).cast("B", (self.height, self.width))

    def __buffer__(self, flags):
        return self.buffer

image = Image(3, 2)
try:
    view = memoryview(image)
except TypeError as exc:
    raise AssertionError(f"memoryview(image) failed: {exc}")
assert view.shape == (2, 3), view.shape
assert io.BytesIO(b"xy").readinto(image) == 2
assert bytes(image) == b"xy\x00\x00\x00\x00", bytes(image)
