# mode: script
# An item of a bytearray view takes an int from 0 to 255: 256 and -1 raise
# ValueError, a bytes or str value raises TypeError.
view = memoryview(bytearray(1))
view[0] = 0
view[0] = 255
for value, error in ((256, ValueError), (-1, ValueError), (b"j", TypeError), ("j", TypeError)):
    try:
        view[0] = value
    except error:
        continue
    raise AssertionError(f"{value!r} did not raise {error.__name__}")
