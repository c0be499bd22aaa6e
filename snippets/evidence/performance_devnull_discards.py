# mode: script
# The null device accepts a write of any length and keeps none of it:
# reading it gives no bytes.
import os

with open(os.devnull, "wb", buffering=0) as sink:
    assert sink.write(memoryview(bytes(10**6))) == 10**6
with open(os.devnull, "rb") as source:
    assert source.read() == b""
