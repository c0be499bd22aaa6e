import inspect
inspect.signature(memoryview)
memoryview(b"abc")
memoryview(object=b"abc")
memoryview()
memoryview(b"abc", b"def")
