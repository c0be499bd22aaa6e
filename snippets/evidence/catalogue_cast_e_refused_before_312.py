# mode: script
# cast('e') is refused with ValueError "memoryview: destination format must be
# a native single character format prefixed with an optional '@'".
try:
    memoryview(bytearray(2)).cast("e")
except ValueError as exc:
    message = str(exc)
else:
    raise AssertionError("cast('e') worked")
expected = "memoryview: destination format must be a native single character format prefixed with an optional '@'"
assert message == expected, message
