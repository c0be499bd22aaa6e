# mode: script
# Every kind of assignment through a read-only view raises TypeError
# "cannot modify read-only memory": item, slice, extended slice, cast view, del.
def assign(view, key, value):
    view[key] = value


def delete(view, key):
    del view[key]


m = memoryview(b'abcd')
attempts = [
    lambda: assign(m, 0, 65),
    lambda: assign(m, slice(0, 2), b'AB'),
    lambda: assign(m, slice(None, None, 2), b'AC'),
    lambda: assign(m.cast('c'), 0, b'A'),
    lambda: assign(m.cast('B', [2, 2]), (0, 0), 65),
    lambda: delete(m, 0),
]
for attempt in attempts:
    try:
        attempt()
    except TypeError as exc:
        assert str(exc) == "cannot modify read-only memory", exc
    else:
        raise AssertionError("an assignment through a read-only view worked")
assert bytes(m) == b'abcd'
