view = memoryview(b'abc')
view.tolist()
view.tobytes()
view.cast('c').tolist()
