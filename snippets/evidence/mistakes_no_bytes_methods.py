# mode: script
# A memoryview has none of these methods of bytes: find, rfind, split,
# startswith, endswith, replace, strip, upper, lower, decode; and + between
# two views raises TypeError.
view = memoryview(b"abc")
names = ["find", "rfind", "split", "startswith", "endswith", "replace",
         "strip", "upper", "lower", "decode"]
present = [name for name in names if hasattr(view, name)]
assert not present, present
try:
    view + view
except TypeError:
    pass
else:
    raise AssertionError("view + view worked")
