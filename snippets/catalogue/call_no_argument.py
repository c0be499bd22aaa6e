memoryview()
memoryview(b'')
