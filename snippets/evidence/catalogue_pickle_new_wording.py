# mode: script
# Pickling a view raises TypeError with the message
# "cannot pickle memoryview objects".
import pickle

try:
    pickle.dumps(memoryview(b"abc"))
except TypeError as exc:
    message = str(exc)
else:
    raise AssertionError("a view was pickled")
assert message == "cannot pickle memoryview objects", message
