# mode: script
# A memoryview compared with an object that is not an exporter returns
# NotImplemented, so Python asks the other object; a list or a str says False.
class AlwaysEqual:
    def __eq__(self, other):
        return True

m = memoryview(b"abc")
assert m.__eq__([97, 98, 99]) is NotImplemented
assert m.__eq__("abc") is NotImplemented
assert (m == [97, 98, 99]) is False and (m == "abc") is False
assert (m == AlwaysEqual()) is True
