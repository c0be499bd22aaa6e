# mode: script
# tolist() and indexing read the half-precision format 'e' as float.
from _testbuffer import ndarray
half = memoryview(ndarray([0.5, 2.0], shape=[2], format="e"))
assert half.format == "e" and half.tolist() == [0.5, 2.0] and half[1] == 2.0
assert type(half.tolist()[0]) is float
