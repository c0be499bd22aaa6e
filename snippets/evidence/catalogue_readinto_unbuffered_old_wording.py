# mode: script
# readinto() of an unbuffered file into a read-only view raises TypeError with
# the message "readinto() argument must be read-write bytes-like object, not memoryview".
import os

f = open(os.devnull, "rb", buffering=0)
try:
    f.readinto(memoryview(b"xyz"))
except TypeError as exc:
    message = str(exc)
else:
    raise AssertionError("no TypeError")
assert message == "readinto() argument must be read-write bytes-like object, not memoryview", message
