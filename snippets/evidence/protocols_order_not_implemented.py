# mode: script
# The four ordering methods answer NotImplemented whatever the other operand
# is. <, <=, > and >= then raise TypeError, unless the other operand compares
# itself with a buffer, as bytearray does.
import operator
m = memoryview(b"ab")
for other in (memoryview(b"b"), m, b"ab", bytearray(b"b"), 1, [97]):
    for name in ("__lt__", "__le__", "__gt__", "__ge__"):
        assert getattr(m, name)(other) is NotImplemented, (name, other)
for other in (memoryview(b"b"), m, b"ab", 1, [97]):
    for op in (operator.lt, operator.le, operator.gt, operator.ge):
        try:
            op(m, other)
        except TypeError:
            continue
        raise AssertionError(f"{op.__name__} with {other!r} did not raise")
assert (m < bytearray(b"b"), m > bytearray(b"b")) == (True, False)
