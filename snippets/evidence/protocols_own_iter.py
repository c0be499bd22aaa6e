# mode: script
# memoryview defines __iter__ itself and iterates with its own iterator
# type (3.10); before, iter() fell back to __getitem__ through the generic
# sequence iterator.
assert "__iter__" in vars(memoryview), "no __iter__ of its own"
it = iter(memoryview(b"ab"))
assert type(it).__name__ == "memory_iterator", type(it).__name__
assert list(it) == [97, 98]
