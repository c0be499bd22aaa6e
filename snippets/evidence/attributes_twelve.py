# mode: script
# memoryview has exactly twelve data attributes (getset descriptors), the
# same twelve on every version.
names = {name for name, value in vars(memoryview).items()
         if type(value).__name__ == "getset_descriptor"}
assert names == {"obj", "nbytes", "readonly", "itemsize", "format", "ndim",
                 "shape", "strides", "suboffsets", "c_contiguous",
                 "f_contiguous", "contiguous"}, sorted(names)
