# mode: script
# Python's error messages call objects that can provide a buffer
# "bytes-like": memoryview() of a str says a bytes-like object is required.
try:
    memoryview("abc")
except TypeError as exc:
    assert "a bytes-like object is required" in str(exc), exc
else:
    raise AssertionError("memoryview('abc') did not raise")
