# mode: script
# While a view exists, a bytearray cannot be resized and an mmap cannot be
# closed: both raise BufferError.
import mmap
data = bytearray(b"abc")
m = memoryview(data)
try:
    data.append(1)
except BufferError as exc:
    assert str(exc).startswith("Existing exports of data"), exc
else:
    raise AssertionError("the bytearray grew while viewed")
mm = mmap.mmap(-1, 16)
v = memoryview(mm)
try:
    mm.close()
except BufferError:
    pass
else:
    raise AssertionError("the mmap closed while viewed")
v.release()
mm.close()
