from array import array
numbers = array("i", [1, 2, 3])
view = memoryview(numbers)
view.format
view.itemsize
len(view)
view.nbytes
view[1]
