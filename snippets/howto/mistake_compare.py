from array import array
small = memoryview(array("B", [1, 2, 3]))
wide = memoryview(array("i", [1, 2, 3]))
small == wide
small.tobytes() == wide.tobytes()
memoryview(b"\x01\x00\x00\x00") == memoryview(array("i", [1]))
memoryview(b"\x01\x00\x00\x00") == memoryview(array("i", [1])).cast("B")
nan = memoryview(array("d", [float("nan")]))
nan == nan
nan.tobytes() == nan.tobytes()
