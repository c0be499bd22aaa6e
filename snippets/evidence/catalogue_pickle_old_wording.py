# mode: script
# Pickling a view raises TypeError with the message
# "cannot pickle 'memoryview' object".
import pickle

try:
    pickle.dumps(memoryview(b"abc"))
except TypeError as exc:
    message = str(exc)
else:
    raise AssertionError("no TypeError")
assert message == "cannot pickle 'memoryview' object", message
