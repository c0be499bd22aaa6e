# mode: script
# While a view exists, bytearray and array.array refuse to grow, io.BytesIO
# (viewed through getbuffer()) refuses to grow or close, and mmap refuses to
# close: each raises BufferError.
import array
import io
import mmap

buf = bytearray(b"abc")
arr = array.array("b", b"abc")
stream = io.BytesIO(b"abc")
mapped = mmap.mmap(-1, 16)
views = [memoryview(buf), memoryview(arr), stream.getbuffer(), memoryview(mapped)]
changes = {
    "bytearray.append": lambda: buf.append(1),
    "array.append": lambda: arr.append(1),
    "BytesIO.write": lambda: stream.write(b"longer"),
    "BytesIO.close": stream.close,
    "mmap.close": mapped.close,
}
for name, change in changes.items():
    try:
        change()
    except BufferError:
        continue
    raise AssertionError(f"{name} worked while a view existed")
for view in views:
    view.release()
mapped.close()
