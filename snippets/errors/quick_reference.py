# mode: script
# The error of each section of the Errors page, raised and caught: the
# section, the exception's name and its message, tab-separated.
def attempt(case, action):
    try:
        action()
    except Exception as exc:
        print(f"{case}\t{type(exc).__name__}\t{exc}")
    else:
        print(f"{case}\tno exception\t")


def assign(view, key, value):
    view[key] = value


def resize():
    data = bytearray(b'abc')
    view = memoryview(data)
    data.append(1)


def released():
    view = memoryview(b'abc')
    view.release()
    view[0]


print("Section\tException\tMessage")
attempt("The object is not bytes-like", lambda: memoryview('text'))
attempt("The view is read-only", lambda: assign(memoryview(b'abc'), 0, 65))
attempt("Wrong type for the format", lambda: assign(memoryview(bytearray(3)), 0, b'x'))
attempt("Value out of range for the format", lambda: assign(memoryview(bytearray(3)), 0, 256))
attempt("Slice assignment of the wrong length", lambda: assign(memoryview(bytearray(4)), slice(0, 2), b'abc'))
attempt("Length is not a multiple of itemsize", lambda: memoryview(b'abc').cast('Q'))
attempt("Cast between two non-byte formats", lambda: memoryview(bytearray(8)).cast('i').cast('h'))
attempt("The view has been released", released)
attempt("The bytearray cannot be resized", resize)
attempt("Index out of range", lambda: memoryview(b'abc')[3])
