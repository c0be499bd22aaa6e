# mode: script
# memoryview has exactly the names of 3.10 (those of 3.8 plus __iter__), on
# top of those of object: 3.11 adds none.
names = set(dir(memoryview)) - set(dir(object))
names_310 = {'__delitem__', '__enter__', '__exit__', '__getitem__', '__len__', '__setitem__', 'c_contiguous', 'cast', 'contiguous', 'f_contiguous', 'format', 'hex', 'itemsize', 'nbytes', 'ndim', 'obj', 'readonly', 'release', 'shape', 'strides', 'suboffsets', 'tobytes', 'tolist', 'toreadonly', '__iter__'}
assert names == names_310, sorted(names ^ names_310)
