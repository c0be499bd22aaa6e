import types
isinstance(memoryview[int], types.GenericAlias)
memoryview[int].__origin__, memoryview[int].__args__
memoryview[float](b'ab').tolist()
isinstance(memoryview(b''), memoryview[int])
