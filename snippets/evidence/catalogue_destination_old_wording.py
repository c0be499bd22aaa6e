# mode: script
# cast('<i') raises ValueError with the message "memoryview: destination format
# must be a native single character format prefixed with an optional '@'".
try:
    memoryview(bytearray(8)).cast("<i")
except ValueError as exc:
    message = str(exc)
else:
    raise AssertionError("no ValueError")
assert message == "memoryview: destination format must be a native single character format prefixed with an optional '@'", message
