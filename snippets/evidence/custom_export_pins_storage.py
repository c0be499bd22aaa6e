# mode: script
# While a view from __buffer__ is in use, the bytearray behind it cannot be
# resized: appending raises BufferError until the consumer releases its view.
class Packet:
    def __init__(self):
        self._data = bytearray(b"abc")

    def __buffer__(self, flags):
        return memoryview(self._data)

    def __release_buffer__(self, view):
        view.release()

    def add(self, byte):
        self._data.append(byte)

packet = Packet()
try:
    view = memoryview(packet)
except TypeError as exc:
    raise AssertionError(f"memoryview(packet) failed: {exc}")
try:
    packet.add(1)
except BufferError:
    pass
else:
    raise AssertionError("the storage grew while it was exported")
view.release()
packet.add(1)
assert packet._data == b"abc\x01"
