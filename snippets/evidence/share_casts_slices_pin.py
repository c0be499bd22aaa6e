# mode: script
# After the first view of an mmap is released, a cast and a slice made from
# it still keep the map from closing, until they are released too.
import mmap

m = mmap.mmap(-1, 16)
view = memoryview(m)
derived = [view.cast("I"), view[2:6]]
view.release()
for d in derived:
    try:
        m.close()
    except BufferError:
        pass
    else:
        raise AssertionError("the map closed while a derived view existed")
    d.release()
m.close()
assert m.closed
