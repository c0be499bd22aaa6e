# mode: script
# A view keeps its length: a longer or shorter value for a slice raises
# ValueError, deleting items raises TypeError, and there is no append.
m = memoryview(bytearray(6))
for value in (b"", b"ab", bytes(7)):
    try:
        m[0:3] = value
    except ValueError:
        pass
    else:
        raise AssertionError(f"{value!r} was assigned to a 3-byte slice")
try:
    del m[0:2]
except TypeError:
    pass
else:
    raise AssertionError("del m[0:2] worked")
assert not hasattr(m, "append") and not hasattr(m, "extend")
assert len(m) == 6
