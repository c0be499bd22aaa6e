# mode: script
# Of the native formats cast() accepts, a read-only view of bytes can be
# hashed only with 'B', 'b' and 'c'; every other format raises ValueError.
data = bytes(16)
hashable = set()
for fmt in "bBchHiIlLqQnNfde?P":
    try:
        view = memoryview(data).cast(fmt)
    except ValueError:  # a format this version cannot cast to ('e' before 3.12)
        continue
    try:
        hash(view)
    except ValueError:
        pass
    else:
        hashable.add(fmt)
assert hashable == {"B", "b", "c"}, hashable
