# mode: script
# A dictionary looks a key up by its hash first: a lookup object equal to a
# key but with a different hash does not find it.
class Key:
    def __init__(self, h):
        self.h = h

    def __hash__(self):
        return self.h

    def __eq__(self, other):
        return isinstance(other, Key)


table = {Key(1): "found"}
assert Key(1) in table and Key(1) == Key(2)
assert Key(2) not in table
