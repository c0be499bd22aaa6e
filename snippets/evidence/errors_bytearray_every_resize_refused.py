# mode: script
# While a view exists, every bytearray operation that changes its length
# raises BufferError "Existing exports of data: object cannot be re-sized".
data = bytearray(b'abcdef')
view = memoryview(data)


def setitem_slice():
    data[0:2] = b'x'


def delitem():
    del data[0]


def iadd():
    global data
    data += b'x'


def imul():
    global data
    data *= 2


operations = [
    lambda: data.append(1), lambda: data.extend(b'x'), lambda: data.insert(0, 1),
    lambda: data.pop(), lambda: data.remove(ord('a')), data.clear,
    setitem_slice, delitem, iadd, imul,
]
for operation in operations:
    try:
        operation()
    except BufferError as exc:
        assert str(exc) == "Existing exports of data: object cannot be re-sized", exc
    else:
        raise AssertionError(f"{operation} resized the bytearray")
assert data == bytearray(b'abcdef'), data
