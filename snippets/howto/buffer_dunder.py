import io
class Packet:
    def __init__(self, size):
        self._data = bytearray(size)

    def __buffer__(self, flags):
        print("__buffer__, flags =", flags)
        return memoryview(self._data)

    def __release_buffer__(self, view):
        print("__release_buffer__")
        view.release()

packet = Packet(4)
with memoryview(packet) as view:
    view[2:] = b"hi"

io.BytesIO(b"xy").readinto(packet)
bytes(packet)
packet._data
