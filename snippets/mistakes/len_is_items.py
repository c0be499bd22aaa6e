import array
numbers = array.array('i', [10, 20, 30])
view = memoryview(numbers)
view.format, view.itemsize
len(view)
view.nbytes
len(view.cast('B'))
