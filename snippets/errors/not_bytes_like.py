memoryview("string")
memoryview([1, 2, 3])
memoryview(5)
