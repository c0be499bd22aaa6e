# mode: script
# Views of bytes, bytearray, array.array, mmap, a BytesIO buffer, ctypes
# objects and a PickleBuffer all have an empty suboffsets tuple.
import array, ctypes, io, mmap, pickle

exporters = {
    "bytes": b"ab",
    "bytearray": bytearray(b"ab"),
    "array.array": array.array("h", [1, 2]),
    "mmap": mmap.mmap(-1, 4),
    "BytesIO.getbuffer()": io.BytesIO(b"ab").getbuffer(),
    "ctypes c_int": ctypes.c_int(1),
    "ctypes 2-D array": (ctypes.c_int * 3 * 2)(),
    "pickle.PickleBuffer": pickle.PickleBuffer(b"ab"),
}
for name, obj in exporters.items():
    assert memoryview(obj).suboffsets == (), name
