# mode: script
# requires: numpy
# A view of an mmap, an array.array, a ctypes array or a NumPy array shares
# its memory: a write through the view is seen by the object, and back.
import array
import ctypes
import mmap
import numpy as np

m = mmap.mmap(-1, 4)
objects = [m, array.array("B", bytes(4)), (ctypes.c_ubyte * 4)(),
           np.zeros(4, dtype=np.uint8)]
for obj in objects:
    with memoryview(obj) as view:
        view = view.cast("B")
        view[1] = 7
        assert bytes(obj)[1] == 7, obj
        obj[2] = 9
        assert view[2] == 9, obj
        view.release()
m.close()
