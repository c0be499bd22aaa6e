import struct
from array import array
data = memoryview(bytes(range(8)))
data.cast("l").itemsize, len(data.cast("l"))
struct.calcsize("l"), struct.calcsize("<l")
array("l").itemsize, array("i").itemsize
data.cast("i").tolist()
struct.unpack("<2l", data)
