# mode: script
# A view holds a reference to its exporter: the exporter stays alive while
# the view exists and goes away once the view is released.
import array
import gc
import weakref
a = array.array("i", [1, 2])
gone = weakref.ref(a)
m = memoryview(a)
del a
gc.collect()
assert gone() is not None and m.obj is gone()
m.release()
gc.collect()
assert gone() is None
