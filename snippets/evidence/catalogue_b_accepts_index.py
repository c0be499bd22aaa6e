# mode: script
# Format 'B' stores an int or any object with __index__(), and refuses a
# float, even a whole one, with TypeError.
class Seven:
    def __index__(self):
        return 7


m = memoryview(bytearray(1))
m[0] = Seven()
assert m[0] == 7, m[0]
try:
    m[0] = 65.0
except TypeError as exc:
    assert str(exc) == "memoryview: invalid type for format 'B'", exc
else:
    raise AssertionError("'B' took 65.0")
