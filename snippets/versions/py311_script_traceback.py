# mode: script
data = b'abc'
view = memoryview(data)
print(view.tolist())
view[0] = ord('x')
