# mode: script
# A slice of a view of an mmap keeps the map from closing (BufferError)
# after the view itself is released; releasing the slice lets it close.
import mmap

m = mmap.mmap(-1, 16)
view = memoryview(m)
part = view[2:6]
view.release()
try:
    m.close()
except BufferError:
    pass
else:
    raise AssertionError("the map closed while a slice of its view existed")
part.release()
m.close()
assert m.closed
