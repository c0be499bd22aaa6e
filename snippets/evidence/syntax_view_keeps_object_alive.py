# mode: script
# A view keeps its object alive until the view is released: with the view
# the last reference, the object is freed only after release().
import array
import gc
import weakref

data = array.array("B", b"abc")
alive = weakref.ref(data)
view = memoryview(data)
del data
gc.collect()
assert alive() is not None, "the object was freed while viewed"
view.release()
gc.collect()
assert alive() is None, "the object outlived the released view"
