import inspect
m = memoryview(b'abc')
m.__buffer__(inspect.BufferFlags.FORMAT)
m.__buffer__(inspect.BufferFlags.SIMPLE).format
m.__buffer__(inspect.BufferFlags.FORMAT | inspect.BufferFlags.ND).format
