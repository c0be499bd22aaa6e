from array import array
view = memoryview(array("i", [1, 2, 3]))
len(view), view.nbytes, view.itemsize
copy = bytearray(len(view))
memoryview(copy)[:] = view.cast("B")
copy = bytearray(view.nbytes)
memoryview(copy)[:] = view.cast("B")
copy
grid = memoryview(bytes(12)).cast("B", (3, 4))
len(grid), grid.nbytes
