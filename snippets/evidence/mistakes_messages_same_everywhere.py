# mode: script
# The errors that the Common mistakes page shows have these exact types and
# messages; this fails where one of them is worded differently.
def message(action):
    try:
        action()
    except Exception as exc:
        return f"{type(exc).__name__}: {exc}"
    raise AssertionError(f"no exception from {action}")


def assign(view, key, value):
    view[key] = value


def grow(keep):
    buf = bytearray(b"abc")
    view = memoryview(buf)
    kept = view[:1] if keep == "slice" else view
    buf.append(ord("d"))


view = memoryview(b"key=value")
expected = [
    (lambda: assign(memoryview(b"abc"), 0, 120), "TypeError: cannot modify read-only memory"),
    (lambda: memoryview(b"abc").cast("Q"), "TypeError: memoryview: length is not a multiple of itemsize"),
    (lambda: memoryview(b"ab")["a"], "TypeError: memoryview: invalid slice key"),
    (lambda: view.find(b"="), "AttributeError: 'memoryview' object has no attribute 'find'"),
    (lambda: view.decode(), "AttributeError: 'memoryview' object has no attribute 'decode'"),
    (lambda: view + view, "TypeError: unsupported operand type(s) for +: 'memoryview' and 'memoryview'"),
    (lambda: memoryview("abc"), "TypeError: memoryview: a bytes-like object is required, not 'str'"),
    (lambda: memoryview([1, 2, 3]), "TypeError: memoryview: a bytes-like object is required, not 'list'"),
    (lambda: grow("view"), "BufferError: Existing exports of data: object cannot be re-sized"),
    (lambda: grow("slice"), "BufferError: Existing exports of data: object cannot be re-sized"),
    (lambda: assign(memoryview(bytearray(3)), slice(None), memoryview(bytes(12))),
     "ValueError: memoryview assignment: lvalue and rvalue have different structures"),
    (lambda: hash(memoryview(bytearray(b"abc"))), "ValueError: cannot hash writable memoryview object"),
    (lambda: hash(memoryview(bytearray(b"abc")).toreadonly()), "TypeError: unhashable type: 'bytearray'"),
    (lambda: hash(memoryview(bytes(4)).cast("i")),
     "ValueError: memoryview: hashing is restricted to formats 'B', 'b' or 'c'"),
]
for action, text in expected:
    got = message(action)
    assert got == text, f"{got!r} instead of {text!r}"
