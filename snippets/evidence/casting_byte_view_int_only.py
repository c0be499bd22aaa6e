# mode: script
# An item of a 'B' view accepts an int; a bytes object, a str, a float and
# None are refused with TypeError.
m = memoryview(bytearray(1))
m[0] = 65
for value in (b"a", "a", 1.0, None):
    try:
        m[0] = value
    except TypeError:
        continue
    raise AssertionError(f"{value!r} was stored in a 'B' item")
