# mode: script
# memoryview has neither an index() nor a count() method.
m = memoryview(b"abc")
assert not hasattr(m, "index"), "index() exists"
assert not hasattr(m, "count"), "count() exists"
