# mode: script
# While a view of a bytearray exists, every operation that would resize the
# bytearray raises BufferError.
data = bytearray(b"abcdef")
view = memoryview(data)
operations = [
    lambda: data.append(1),
    lambda: data.extend(b"xy"),
    lambda: data.pop(),
    lambda: data.clear(),
    lambda: data.__delitem__(slice(0, 2)),
    lambda: data.__setitem__(slice(0, 2), b"x"),
    lambda: data.__iadd__(b"x"),
]
for index, operation in enumerate(operations):
    try:
        operation()
    except BufferError:
        pass
    else:
        raise AssertionError("operation %d resized the bytearray" % index)
view.release()
data.append(1)
