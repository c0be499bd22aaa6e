# mode: script
# view.obj is the exporter for bytes, bytearray, array.array, mmap and ctypes
# objects, but not for a view of a memoryview or of a PickleBuffer (the object
# underneath) nor for BytesIO.getbuffer() (an internal _BytesIOBuffer that
# holds the BytesIO).
import array
import ctypes
import gc
import io
import mmap
import pickle

for exporter in (b"ab", bytearray(b"ab"), array.array("b", [1]),
                 mmap.mmap(-1, 2), (ctypes.c_char * 2)()):
    assert memoryview(exporter).obj is exporter, type(exporter)
data = bytearray(b"ab")
inner = memoryview(data)
assert memoryview(inner).obj is data
wrapped = pickle.PickleBuffer(data)
assert memoryview(wrapped).obj is data
stream = io.BytesIO(b"ab")
view = stream.getbuffer()
assert view.obj is not stream and type(view.obj).__name__ == "_BytesIOBuffer"
assert stream in gc.get_referents(view.obj)
view.release()
