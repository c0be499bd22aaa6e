# mode: script
# Between two views, <, <=, > and >= raise TypeError, and so does sorted()
# of a list of views.
import operator

a, b = memoryview(b'abc'), memoryview(b'abd')
for compare in (operator.lt, operator.le, operator.gt, operator.ge, lambda x, y: sorted([x, y])):
    try:
        compare(a, b)
    except TypeError:
        pass
    else:
        raise AssertionError(f"{compare} worked on two views")
