view = memoryview(b'key=value')
view.find(b'=')
view.decode()
view + view
bytes(view).find(b'=')
