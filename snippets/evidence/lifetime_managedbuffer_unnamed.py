# mode: script
# The type of the object that holds a view's export is named 'managedbuffer'
# and has no public name: neither builtins nor types refers to it.
import builtins
import gc
import types

buf = bytearray(b"abc")
m = memoryview(buf)
holder = next(r for r in gc.get_referrers(buf) if type(r).__name__ == "managedbuffer")
kind = type(holder)
assert kind not in vars(builtins).values() and kind not in vars(types).values()
