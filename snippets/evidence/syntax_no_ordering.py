# mode: script
# Views support == and != but no ordering: <, <=, > and >= raise TypeError,
# against another view and against bytes.
import operator

a, b = memoryview(b"abc"), memoryview(b"abd")
assert a != b and a == memoryview(b"abc")
for compare in (operator.lt, operator.le, operator.gt, operator.ge):
    for other in (b, b"abd"):
        try:
            compare(a, other)
        except TypeError:
            continue
        raise AssertionError(f"{compare.__name__} worked")
