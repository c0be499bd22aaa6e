# mode: script
# m.index(value, start, stop) and m.count(value) give the same answers as
# the same calls on m.tolist().
m = memoryview(b"abracadabra")
items = m.tolist()
for value in (97, 98, 99, 100, 114):
    assert m.count(value) == items.count(value)
    for start, stop in ((0, 11), (1, 4), (2, 20), (-5, -1), (5, 11)):
        try:
            expected = items.index(value, start, stop)
        except ValueError:
            expected = None
        try:
            got = m.index(value, start, stop)
        except ValueError:
            got = None
        assert got == expected, (value, start, stop, got, expected)
