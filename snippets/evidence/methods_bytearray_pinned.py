# mode: script
# While a view exists, a bytearray can neither grow nor shrink: every
# resizing operation raises BufferError. After release() they work again.
data = bytearray(b"abcdef")
m = memoryview(data)
for resize in (lambda: data.append(1), lambda: data.extend(b"xy"),
               lambda: data.pop(), lambda: data.__delitem__(slice(0, 2)),
               lambda: data.__setitem__(slice(0, 2), b"x"), data.clear):
    try:
        resize()
    except BufferError:
        continue
    raise AssertionError("a viewed bytearray changed size")
m.release()
data.append(1)
data.pop()
data.clear()
