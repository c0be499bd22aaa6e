def supports_buffer(obj):
    try:
        memoryview(obj).release()
    except TypeError:
        return False
    return True

[supports_buffer(x) for x in (b"", bytearray(), memoryview(b""), "", [])]
