# mode: script
# For each attribute and method of memoryview, whether this version has it.
names = [
    "obj", "nbytes", "readonly", "itemsize", "format", "ndim", "shape",
    "strides", "suboffsets", "c_contiguous", "f_contiguous", "contiguous",
    "tobytes", "hex", "tolist", "toreadonly", "release", "cast",
    "count", "index", "_from_flags",
    "__len__", "__getitem__", "__setitem__", "__delitem__", "__iter__",
    "__eq__", "__ne__", "__lt__", "__le__", "__gt__", "__ge__", "__hash__",
    "__enter__", "__exit__", "__repr__", "__buffer__", "__release_buffer__",
    "__class_getitem__", "__contains__", "__reversed__",
]
print("name\thas it")
for name in names:
    print(f"{name}\t{'yes' if hasattr(memoryview, name) else 'no'}")
