data = b'hello world'
view = memoryview(data)
view
len(view)
view.obj is data
view.readonly
