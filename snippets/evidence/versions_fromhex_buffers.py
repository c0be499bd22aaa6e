# mode: script
# bytes.fromhex() and bytearray.fromhex() accept bytes, bytearray and
# memoryview holding ASCII hex digits, as well as str.
for source in ("41 42", b"41 42", bytearray(b"41 42"), memoryview(b"41 42")):
    for cls in (bytes, bytearray):
        try:
            result = cls.fromhex(source)
        except TypeError as error:
            raise AssertionError("%s.fromhex(%s): %s"
                                 % (cls.__name__, type(source).__name__, error))
        assert result == b"AB", result
