class Image:
    def __init__(self, width, height):
        self.width, self.height = width, height
        self._pixels = bytearray(width * height)

    @property
    def buffer(self):
        return memoryview(self._pixels).cast("B", (self.height, self.width))

image = Image(3, 2)
rows = image.buffer
rows.shape
rows[1, 2] = 255
rows.tolist()
bytes(image.buffer)
