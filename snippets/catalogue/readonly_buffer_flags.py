import inspect
memoryview(b'abc').__buffer__(inspect.BufferFlags.WRITABLE)
memoryview(bytearray(b'abc')).__buffer__(inspect.BufferFlags.WRITABLE)
