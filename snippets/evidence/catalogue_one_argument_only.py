# mode: script
# memoryview() takes exactly one object: a second or third argument (two
# buffers, or a start and an end) raises TypeError; object= is the only keyword.
attempts = [
    lambda: memoryview(b'ab', b'cd'),
    lambda: memoryview(b'abc', 1, 2),
    lambda: memoryview(b'abc', start=1),
]
for attempt in attempts:
    try:
        attempt()
    except TypeError:
        pass
    else:
        raise AssertionError("memoryview() took more than one object")
assert memoryview(object=b'ab').tobytes() == b'ab'
