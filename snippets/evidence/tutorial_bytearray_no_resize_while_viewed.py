# mode: script
# While a view of a bytearray exists, every change of its size raises
# BufferError; after release() the same changes work.
buf = bytearray(b"abcdef")
changes = [
    lambda: buf.append(1),
    lambda: buf.extend(b"xy"),
    lambda: buf.pop(),
    lambda: buf.clear(),
    lambda: buf.__delitem__(slice(0, 2)),
    lambda: buf.__setitem__(slice(0, 2), b"xyz"),
]
view = memoryview(buf)
for change in changes:
    try:
        change()
    except BufferError:
        continue
    raise AssertionError("a bytearray was resized while viewed")
view.release()
buf.append(1)
