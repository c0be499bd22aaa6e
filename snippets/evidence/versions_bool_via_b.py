# mode: script
# Reading flag bytes with the format 'B' and comparing each item with zero
# gives what struct.unpack() gives for '?', for every byte value.
import struct
data = bytes(range(256))
flags = [item != 0 for item in memoryview(data).cast("B")]
assert flags == list(struct.unpack("256?", data))
