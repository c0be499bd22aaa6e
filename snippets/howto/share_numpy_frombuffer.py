# requires: numpy
import numpy as np
buf = bytearray(16)
view = memoryview(buf)
arr = np.frombuffer(view, dtype=np.uint32)
arr.tolist(), arr.flags.writeable
arr[1] = 0xCAFE
buf[4:8]
view[0] = 255
arr.tolist()
np.shares_memory(arr, np.frombuffer(buf, dtype=np.uint8))
np.frombuffer(view, dtype="<u2", count=2, offset=4).tolist()
