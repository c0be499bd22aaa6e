# mode: script
# tobytes() with an int as its order raises TypeError with the message
# "tobytes() argument 'order' must be str or None, not int".
try:
    memoryview(b"abc").tobytes(1)
except TypeError as exc:
    message = str(exc)
else:
    raise AssertionError("no TypeError")
assert message == "tobytes() argument 'order' must be str or None, not int", message
