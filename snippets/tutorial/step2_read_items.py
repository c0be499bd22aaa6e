data = b'hello world'
view = memoryview(data)
view[0]
view[-1]
chr(view[0])
view.tolist()[:5]
