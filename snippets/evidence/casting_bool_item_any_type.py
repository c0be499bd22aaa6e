# mode: script
# Assigning to a '?' item does not check the value's type: it stores the
# value's truth value, as bool() computes it.
from decimal import Decimal

m = memoryview(bytearray(1)).cast("?")
for value in ([1], [], "no", "", 0.0, 2.5, None, object(), {"a": 1}, b"", Decimal(0), 3j, -7):
    m[0] = value
    assert m[0] is bool(value), (value, m[0])
    assert m.obj[0] == int(bool(value)), (value, m.obj[0])
