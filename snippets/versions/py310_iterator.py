view = memoryview(b'abc')
type(iter(view))
list(view)
