# mode: script
# memoryview has exactly the names it had in 3.8, on top of those of object:
# 3.9 adds none.
names = set(dir(memoryview)) - set(dir(object))
names_38 = {'__delitem__', '__enter__', '__exit__', '__getitem__', '__len__', '__setitem__', 'c_contiguous', 'cast', 'contiguous', 'f_contiguous', 'format', 'hex', 'itemsize', 'nbytes', 'ndim', 'obj', 'readonly', 'release', 'shape', 'strides', 'suboffsets', 'tobytes', 'tolist', 'toreadonly'}
assert names == names_38, sorted(names ^ names_38)
