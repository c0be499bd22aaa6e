# requires: numpy
import numpy as np
view = memoryview(b"\x01\x00\x00\x00\x02\x00\x00\x00")
arr = np.frombuffer(view, dtype="<u4")
arr.tolist(), arr.flags.writeable
arr[0] = 5
np.frombuffer(view[:6], dtype="<u4")
