# mode: script
# bytes.__eq__ does not know memoryview (it returns NotImplemented), so for
# b'abc' == m Python asks the memoryview, which answers True.
m = memoryview(b"abc")
assert bytes.__eq__(b"abc", m) is NotImplemented
assert m.__eq__(b"abc") is True
assert (b"abc" == m) is True
