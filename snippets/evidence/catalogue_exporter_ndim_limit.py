# mode: script
# An exporter that offers 65 dimensions is refused by memoryview() with
# ValueError "memoryview: number of dimensions must not exceed 64"; 64 work.
from _testbuffer import ndarray

try:
    memoryview(ndarray([0], shape=[1] * 65, format='B'))
except ValueError as exc:
    assert str(exc) == "memoryview: number of dimensions must not exceed 64", exc
else:
    raise AssertionError("a view with 65 dimensions was made")
assert memoryview(ndarray([0], shape=[1] * 64, format='B')).ndim == 64
