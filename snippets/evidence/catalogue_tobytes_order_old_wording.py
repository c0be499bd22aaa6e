# mode: script
# tobytes() with an int as its order raises TypeError with the message
# "argument 1 must be str or None, not int", which does not name the method.
try:
    memoryview(b"abc").tobytes(1)
except TypeError as exc:
    message = str(exc)
else:
    raise AssertionError("tobytes(1) worked")
assert message == "argument 1 must be str or None, not int", message
