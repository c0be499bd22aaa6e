import inspect
inspect.BufferFlags.SIMPLE, inspect.BufferFlags.WRITABLE
inspect.BufferFlags.FULL_RO
memoryview(bytearray(b'x')).__buffer__(inspect.BufferFlags.WRITABLE).readonly
memoryview(b'x').__buffer__(inspect.BufferFlags.WRITABLE)
