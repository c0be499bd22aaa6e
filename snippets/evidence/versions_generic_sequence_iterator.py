# mode: script
# Iterating over a memoryview uses the generic sequence iterator, the same
# type iter() returns for any class that only defines __getitem__.
class OnlyGetitem:
    def __getitem__(self, index):
        if index < 3:
            return index
        raise IndexError(index)

generic = type(iter(OnlyGetitem()))
mine = type(iter(memoryview(b"abc")))
assert mine is generic, mine
