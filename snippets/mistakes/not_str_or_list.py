memoryview('abc')
memoryview([1, 2, 3])
memoryview('abc'.encode())
memoryview(bytes([1, 2, 3])).tolist()
