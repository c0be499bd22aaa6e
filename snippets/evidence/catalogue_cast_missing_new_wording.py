# mode: script
# cast() without a format raises TypeError with the message
# "cast() missing required argument 'format' (pos 1)".
try:
    memoryview(bytearray(4)).cast(shape=[2, 2])
except TypeError as exc:
    message = str(exc)
else:
    raise AssertionError("no TypeError")
assert message == "cast() missing required argument 'format' (pos 1)", message
