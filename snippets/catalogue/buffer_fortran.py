import inspect
m = memoryview(b'abcdef').cast('B', [2, 3])
m.f_contiguous
m.__buffer__(inspect.BufferFlags.F_CONTIGUOUS)
m.__buffer__(inspect.BufferFlags.C_CONTIGUOUS).shape
