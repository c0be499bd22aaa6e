memoryview([1, 2, 3])
memoryview(bytes([1, 2, 3])).tolist()
