import io
class Frozen:
    def __init__(self, data):
        self._data = bytes(data)

    def __buffer__(self, flags):
        return memoryview(self._data)

frozen = Frozen(b"abcd")
memoryview(frozen).readonly
io.BytesIO(b"wxyz").readinto(frozen)
