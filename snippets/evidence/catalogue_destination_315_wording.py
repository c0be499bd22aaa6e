# mode: script
# cast('<i') raises ValueError with the message "memoryview: destination
# format must be a native format prefixed with an optional '@'".
try:
    memoryview(bytearray(8)).cast("<i")
except ValueError as exc:
    message = str(exc)
else:
    raise AssertionError("cast('<i') worked")
expected = "memoryview: destination format must be a native format prefixed with an optional '@'"
assert message == expected, message
