# mode: script
# requires: numpy
# A bare np.uint32 dtype reads the bytes in the machine's own byte order:
# it equals the native '=u4', and '<u4' and '>u4' give different numbers.
import sys

import numpy as np

data = bytes([1, 0, 0, 0])
assert np.dtype(np.uint32) == np.dtype("=u4")
native = np.frombuffer(data, dtype=np.uint32)[0]
explicit = np.frombuffer(data, dtype="<u4" if sys.byteorder == "little" else ">u4")[0]
other = np.frombuffer(data, dtype=">u4" if sys.byteorder == "little" else "<u4")[0]
assert native == explicit and native != other, (native, explicit, other)
