memoryview("abc")
memoryview("abc".encode("utf-8"))
memoryview(5)
