# mode: script
# The ValueError for an unacceptable format says "native single character
# format".
try:
    memoryview(bytes(8)).cast("<i")
except ValueError as exc:
    assert "native single character format" in str(exc), str(exc)
else:
    raise AssertionError("cast('<i') did not raise ValueError")
