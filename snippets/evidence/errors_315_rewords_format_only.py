# mode: script
# The messages on the Errors page keep their wording except the one for a
# format that is not native, which reads "must be a native format" instead.
def message(action):
    try:
        action()
    except Exception as exc:
        return f"{type(exc).__name__}: {exc}"
    raise AssertionError(f"no exception from {action}")


def assign(view, key, value):
    view[key] = value


def resize():
    data = bytearray(b'abc')
    view = memoryview(data)
    data.append(1)


def released():
    view = memoryview(b'abc')
    view.release()
    len(view)


expected = [
    (lambda: memoryview('text'), "TypeError: memoryview: a bytes-like object is required, not 'str'"),
    (lambda: memoryview([1]), "TypeError: memoryview: a bytes-like object is required, not 'list'"),
    (lambda: memoryview(5), "TypeError: memoryview: a bytes-like object is required, not 'int'"),
    (lambda: assign(memoryview(b'abc'), 0, 65), "TypeError: cannot modify read-only memory"),
    (lambda: assign(memoryview(bytearray(3)), 0, 'x'), "TypeError: memoryview: invalid type for format 'B'"),
    (lambda: assign(memoryview(bytearray(3)), 0, -1), "ValueError: memoryview: invalid value for format 'B'"),
    (lambda: assign(memoryview(bytearray(3)).cast('b'), 0, 128), "ValueError: memoryview: invalid value for format 'b'"),
    (lambda: assign(memoryview(bytearray(3)).cast('c'), 0, 65), "TypeError: memoryview: invalid type for format 'c'"),
    (lambda: assign(memoryview(bytearray(3)).cast('c'), 0, b'xy'), "ValueError: memoryview: invalid value for format 'c'"),
    (lambda: assign(memoryview(bytearray(4)), slice(0, 2), b'abc'),
     "ValueError: memoryview assignment: lvalue and rvalue have different structures"),
    (lambda: assign(memoryview(bytearray(4)), slice(0, 2), [1, 2]), "TypeError: a bytes-like object is required, not 'list'"),
    (lambda: memoryview(b'abc').cast('Q'), "TypeError: memoryview: length is not a multiple of itemsize"),
    (lambda: memoryview(bytearray(8)).cast('i').cast('h'), "TypeError: memoryview: cannot cast between two non-byte formats"),
    (lambda: memoryview(bytearray(8)).cast('<i'),
     "ValueError: memoryview: destination format must be a native format prefixed with an optional '@'"),
    (lambda: memoryview(bytearray(4)).cast('B', [2, 3]), "TypeError: memoryview: product(shape) * itemsize != buffer size"),
    (released, "ValueError: operation forbidden on released memoryview object"),
    (resize, "BufferError: Existing exports of data: object cannot be re-sized"),
    (lambda: memoryview(b'abc')[-4], "IndexError: index out of bounds on dimension 1"),
]
for action, text in expected:
    got = message(action)
    assert got == text, f"{got!r} instead of {text!r}"
