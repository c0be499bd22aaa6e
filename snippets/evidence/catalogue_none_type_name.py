# mode: script
# The "bytes-like object is required" message of memoryview() names the
# type it was given, 'NoneType' for None.
try:
    memoryview(None)
except TypeError as exc:
    assert str(exc) == "memoryview: a bytes-like object is required, not 'NoneType'", exc
else:
    raise AssertionError("memoryview(None) worked")
