# mode: script
# A view on the left of + or on either side of * raises TypeError; with
# bytes on the left, + works and returns new bytes.
m = memoryview(b'abc')
for combine in (lambda: m + b'!', lambda: m + m, lambda: m * 2, lambda: 2 * m):
    try:
        combine()
    except TypeError:
        pass
    else:
        raise AssertionError("a view was concatenated or repeated")
joined = b'!' + m
assert type(joined) is bytes and joined == b'!abc', joined
