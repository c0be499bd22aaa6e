# mode: script
# memoryview has count() and index(), the two search methods it shares
# with bytes.
view = memoryview(b"abcab")
assert hasattr(view, "count") and hasattr(view, "index"), "no count()/index()"
assert view.count(ord("a")) == 2
assert view.index(ord("c")) == 2
