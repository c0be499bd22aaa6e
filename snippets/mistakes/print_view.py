view = memoryview(b'hello')
print(view)
str(view)
bytes(view)
