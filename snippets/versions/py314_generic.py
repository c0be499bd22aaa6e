memoryview[int]
