# mode: script
# A buffered reader's readinto() keeps reading from a raw stream that gives
# 3 bytes per call until the buffer is full, and is short only at the end;
# readinto1() returns after one raw read.
import io


class Trickle(io.RawIOBase):
    """A raw stream that hands out at most 3 bytes per read."""

    def __init__(self, data):
        self.data = data

    def readable(self):
        return True

    def readinto(self, b):
        n = min(3, len(b), len(self.data))
        b[:n] = self.data[:n]
        self.data = self.data[n:]
        return n


reader = io.BufferedReader(Trickle(b"0123456789"), buffer_size=4)
buf = bytearray(8)
assert reader.readinto(buf) == 8, buf
assert reader.readinto(buf) == 2, buf
assert reader.readinto(buf) == 0

reader = io.BufferedReader(Trickle(b"0123456789"), buffer_size=4)
assert reader.readinto1(bytearray(8)) < 8
