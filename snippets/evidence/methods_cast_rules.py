# mode: script
# cast() rules: one format must be a byte format, the bytes must fit exactly,
# dimensions go 1 -> N or N -> 1, the view must be C-contiguous. Breaking a
# rule raises TypeError; an unacceptable format raises ValueError.
m = memoryview(bytes(24))
ints = m.cast("i")
grid = m.cast("B", shape=[4, 6])
bad = [
    lambda: ints.cast("H"),                      # neither format is a byte format
    lambda: m[:7].cast("i"),                     # 7 bytes do not fit 4-byte items
    lambda: m.cast("B", shape=[5, 5]),           # the shape does not fit
    lambda: grid.cast("B", shape=[6, 4]),        # N -> N dimensions
    lambda: m[::2].cast("B"),                    # not C-contiguous
]
for call in bad:
    try:
        call()
    except TypeError:
        continue
    raise AssertionError("a cast that breaks a rule worked")
for fmt in ("<i", "ii", "2i", "x", "T{i}", "Q!"):
    try:
        m.cast(fmt)
    except ValueError:
        continue
    raise AssertionError(f"cast({fmt!r}) worked")
assert grid.cast("B").shape == (24,) and ints.cast("B").cast("d").shape == (3,)
