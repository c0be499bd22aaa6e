# mode: script
# Pickling a PickleBuffer of a stepped (non-contiguous) slice raises
# pickle.PicklingError.
import pickle

buffer = pickle.PickleBuffer(memoryview(bytearray(b'abcd'))[::2])
try:
    pickle.dumps(buffer, protocol=5)
except pickle.PicklingError:
    pass
else:
    raise AssertionError("the PickleBuffer was pickled")
