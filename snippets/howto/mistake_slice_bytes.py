data = bytes(range(8))
copy = memoryview(data[4:])
view = memoryview(data)[4:]
copy == view
copy.obj is data, view.obj is data
copy.obj
