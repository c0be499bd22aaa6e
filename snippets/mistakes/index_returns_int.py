view = memoryview(b'abc')
view[0]
type(view[0])
view[0:1].tobytes()
view.cast('c')[0]
