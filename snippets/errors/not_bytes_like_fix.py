import array
memoryview("string".encode("utf-8")).tobytes()
memoryview(bytearray([1, 2, 3])).tolist()
memoryview(array.array("i", [1, 2, 3])).tolist()
memoryview(bytes(5)).tobytes()
