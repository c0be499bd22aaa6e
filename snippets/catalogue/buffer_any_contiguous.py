import inspect
m = memoryview(b'abcdef')[::2]
m.contiguous
m.__buffer__(inspect.BufferFlags.ANY_CONTIGUOUS)
m.__buffer__(inspect.BufferFlags.STRIDED_RO).strides
