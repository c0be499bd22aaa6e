# mode: script
# Every special method in vars(memoryview) is one that the protocols page
# covers, apart from __new__ and __getattribute__, which any type has.
covered = {
    "__len__", "__getitem__", "__setitem__", "__delitem__", "__iter__",
    "__eq__", "__ne__", "__lt__", "__le__", "__gt__", "__ge__", "__hash__",
    "__enter__", "__exit__", "__repr__", "__buffer__", "__release_buffer__",
    "__class_getitem__", "__new__", "__getattribute__", "__doc__",
}
special = {name for name in vars(memoryview) if name.startswith("__")}
assert special <= covered, sorted(special - covered)
