# mode: script
# requires: numpy
# A NumPy array of long doubles exports format 'g', and a view of it raises
# NotImplementedError "memoryview: format g not supported" when read.
import numpy as np

m = memoryview(np.zeros(2, dtype=np.longdouble))
assert m.format == 'g', m.format
try:
    m[0]
except NotImplementedError as exc:
    assert str(exc) == "memoryview: format g not supported", exc
else:
    raise AssertionError("m[0] worked")
