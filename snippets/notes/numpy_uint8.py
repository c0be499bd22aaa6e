# requires: numpy
import numpy as np
pixels = np.array([10, 20, 30, 40], dtype=np.uint8)
view = memoryview(pixels)
view.format, view.itemsize
part = view[1:3]
part.tolist()
part.obj is pixels
part[0] = 99
pixels
