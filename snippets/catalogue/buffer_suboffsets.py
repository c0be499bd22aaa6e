import zlib
from _testbuffer import ndarray, ND_PIL
nd = ndarray(list(range(6)), shape=[2, 3], format='B', flags=ND_PIL)
m = memoryview(nd)
m.suboffsets
zlib.crc32(m)
zlib.crc32(m.tobytes())
