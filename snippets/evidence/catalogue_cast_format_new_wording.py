# mode: script
# cast(b'i') raises TypeError with the message
# "cast() argument 'format' must be str, not bytes".
try:
    memoryview(bytearray(8)).cast(b"i")
except TypeError as exc:
    message = str(exc)
else:
    raise AssertionError("no TypeError")
assert message == "cast() argument 'format' must be str, not bytes", message
