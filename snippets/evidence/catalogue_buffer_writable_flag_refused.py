# mode: script
# Calling __buffer__ with the WRITABLE flag on a read-only view raises
# BufferError "memoryview: underlying buffer is not writable".
import inspect

try:
    memoryview(b"abc").__buffer__(inspect.BufferFlags.WRITABLE)
except BufferError as exc:
    assert str(exc) == "memoryview: underlying buffer is not writable", exc
else:
    raise AssertionError("a writable buffer of bytes")
assert not memoryview(bytearray(3)).__buffer__(inspect.BufferFlags.WRITABLE).readonly
