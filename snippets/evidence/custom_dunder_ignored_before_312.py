# mode: script
# A class defining __buffer__ is accepted, but the method is never called:
# memoryview(), bytes() and readinto() raise TypeError and the data is untouched.
import io
calls = []

class Packet:
    def __init__(self):
        self._data = bytearray(4)

    def __buffer__(self, flags):
        calls.append(flags)
        return memoryview(self._data)

packet = Packet()
for consumer in (memoryview, bytes, io.BytesIO(b"xy").readinto):
    try:
        consumer(packet)
    except TypeError:
        continue
    raise AssertionError("%s used the class" % consumer)
assert calls == [] and packet._data == bytearray(4)
