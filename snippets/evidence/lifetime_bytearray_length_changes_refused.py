# mode: script
# While a view of a bytearray exists, every operation tried here that changes
# its length raises BufferError, and the bytearray keeps its contents.
buf = bytearray(b"abcdef")
m = memoryview(buf)
changes = {
    "append": lambda: buf.append(1),
    "extend": lambda: buf.extend(b"x"),
    "+=": lambda: buf.__iadd__(b"x"),
    "*= 2": lambda: buf.__imul__(2),
    "insert": lambda: buf.insert(0, 1),
    "pop": lambda: buf.pop(),
    "remove": lambda: buf.remove(ord("a")),
    "clear": lambda: buf.clear(),
    "del buf[0]": lambda: buf.__delitem__(0),
    "del buf[0:2]": lambda: buf.__delitem__(slice(0, 2)),
    "buf[0:2] = b'x'": lambda: buf.__setitem__(slice(0, 2), b"x"),
    "buf[0:2] = b'xyz'": lambda: buf.__setitem__(slice(0, 2), b"xyz"),
}
for name, change in changes.items():
    try:
        change()
    except BufferError:
        pass
    else:
        raise AssertionError(name + " was allowed while a view existed")
assert buf == bytearray(b"abcdef"), buf
