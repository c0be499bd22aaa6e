import ctypes
arr = (ctypes.c_int * 4)(1, 2, 3, 4)
view = memoryview(arr)
view.format, view.itemsize, view.shape, view.nbytes
view[0]
view.tolist()
view.cast("i")
ints = view.cast("B").cast("i")
ints.tolist()
ints[0] = 100
arr[0]
