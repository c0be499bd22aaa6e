import warnings
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter('always')
    from collections.abc import ByteString
    isinstance(memoryview(b'abc'), ByteString)

[str(w.message) for w in caught]
