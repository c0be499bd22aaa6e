import struct
import sys
blob = (struct.pack("<4sHHH", b"MVW1", 1, 3, 4)
        + struct.pack("<BIBIBI", 1, 100, 2, 2000, 3, 30000)
        + struct.pack("<4I", 10, 20, 30, 40))
view = memoryview(blob)
start = 10 + 5 * 3
values = view[start : start + 4 * 4].cast("I")
values.format, values.itemsize, len(values), values.nbytes
values.tolist()
values[2], sum(values)
sys.byteorder
