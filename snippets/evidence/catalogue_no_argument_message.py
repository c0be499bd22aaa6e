# mode: script
# memoryview() with no argument raises TypeError
# "memoryview() missing required argument 'object' (pos 1)".
try:
    memoryview()
except TypeError as exc:
    assert str(exc) == "memoryview() missing required argument 'object' (pos 1)", exc
else:
    raise AssertionError("memoryview() worked")
