# mode: script
# Every slice of a view of bytes is read-only, and assigning to any of them,
# even an empty or stepped one, raises TypeError.
m = memoryview(bytes(10))
for key in (slice(None), slice(2, 7), slice(None, None, 2), slice(None, None, -1), slice(5, 5)):
    part = m[key]
    assert part.readonly, key
    try:
        m[key] = bytes(len(part))
    except TypeError:
        continue
    raise AssertionError(f"assigning to m[{key}] did not raise TypeError")
