data = b"abc"
view = memoryview(data)
type(view)
view
view.obj
view.obj is data
