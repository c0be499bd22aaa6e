# mode: script
# cast() without a format raises TypeError with the message
# "function missing required argument 'format' (pos 1)", which does not name the method.
try:
    memoryview(bytearray(4)).cast(shape=[2, 2])
except TypeError as exc:
    message = str(exc)
else:
    raise AssertionError("cast() without a format worked")
assert message == "function missing required argument 'format' (pos 1)", message
