hasattr(memoryview, '__class_getitem__')
memoryview[int]
