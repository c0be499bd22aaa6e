# mode: script
# memoryview has count() and index() methods (added in 3.14).
m = memoryview(b"abracadabra")
assert hasattr(m, "count") and hasattr(m, "index"), "no count/index"
assert m.count(97) == 5 and m.index(98) == 1
