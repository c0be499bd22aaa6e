# mode: script
# memoryview defines == and != only: <, <=, > and >= raise TypeError, even
# between views of equal bytes.
import operator

a, b = memoryview(b"abc"), memoryview(b"abd")
for op in (operator.lt, operator.le, operator.gt, operator.ge):
    for x, y in ((a, b), (a, a), (a, b"abc")):
        try:
            op(x, y)
        except TypeError:
            pass
        else:
            raise AssertionError(f"{op.__name__} worked")
