class Broken:
    def __buffer__(self, flags):
        return b"not a memoryview"

memoryview(Broken())
