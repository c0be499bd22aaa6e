data = b'hello world'
view = memoryview(data)
part = view[6:]
part
bytes(part)
part.obj is data
len(part), part.nbytes
