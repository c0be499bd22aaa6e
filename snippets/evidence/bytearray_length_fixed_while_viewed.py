# mode: script
# While a view of a bytearray exists, every operation that changes its length
# raises BufferError "Existing exports of data: object cannot be re-sized" and
# leaves it as it was; items still change in place, and after release() the
# length can change again.
data = bytearray(b"abcdef")
view = memoryview(data)


def iadd():
    global data
    data += b"x"


def imul():
    global data
    data *= 2


changes = {
    "append": lambda: data.append(1),
    "extend": lambda: data.extend(b"xy"),
    "insert": lambda: data.insert(0, 1),
    "pop": lambda: data.pop(),
    "remove": lambda: data.remove(ord("a")),
    "clear": lambda: data.clear(),
    "+=": iadd,
    "*= 2": imul,
    "del data[0]": lambda: data.__delitem__(0),
    "del data[0:2]": lambda: data.__delitem__(slice(0, 2)),
    "data[0:2] = b'x'": lambda: data.__setitem__(slice(0, 2), b"x"),
    "data[0:2] = b'xyz'": lambda: data.__setitem__(slice(0, 2), b"xyz"),
}
for name, change in changes.items():
    try:
        change()
    except BufferError as exc:
        assert str(exc) == "Existing exports of data: object cannot be re-sized", (name, exc)
    else:
        raise AssertionError(name + " changed the length of a viewed bytearray")
assert data == b"abcdef", data
data[0] = 65
data[1:3] = b"BC"
assert view.tobytes() == b"ABCdef", view.tobytes()
view.release()
data.append(1)
data.pop()
data.clear()
assert data == b"", data
