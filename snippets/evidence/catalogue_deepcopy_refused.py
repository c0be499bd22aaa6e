# mode: script
# copy.deepcopy() of a view raises TypeError, as pickling it does.
import copy

try:
    copy.deepcopy(memoryview(b'abc'))
except TypeError:
    pass
else:
    raise AssertionError("deepcopy() copied a view")
