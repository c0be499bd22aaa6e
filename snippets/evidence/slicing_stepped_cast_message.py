# mode: script
# Casting a stepped slice raises TypeError with the message
# "memoryview: casts are restricted to C-contiguous views".
try:
    memoryview(bytes(10))[::2].cast("B")
except TypeError as exc:
    assert str(exc) == "memoryview: casts are restricted to C-contiguous views", str(exc)
else:
    raise AssertionError("the cast did not fail")
