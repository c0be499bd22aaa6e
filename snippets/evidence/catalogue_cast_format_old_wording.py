# mode: script
# cast(b'i') raises TypeError with the message
# "memoryview: format argument must be a string".
try:
    memoryview(bytearray(8)).cast(b"i")
except TypeError as exc:
    message = str(exc)
else:
    raise AssertionError("cast(b'i') worked")
assert message == "memoryview: format argument must be a string", message
