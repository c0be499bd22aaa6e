m = memoryview(b'abc')
m.__enter__() is m
m.__exit__(None, None, None)
m
m.__enter__()
