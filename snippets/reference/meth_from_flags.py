hasattr(memoryview, '_from_flags')
