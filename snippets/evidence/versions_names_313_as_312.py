# mode: script
# memoryview has exactly the names of 3.12 (those of 3.10 plus __buffer__,
# __release_buffer__ and _from_flags), on top of those of object: 3.13 adds none.
names = set(dir(memoryview)) - set(dir(object))
names_312 = {'__delitem__', '__enter__', '__exit__', '__getitem__', '__len__', '__setitem__', 'c_contiguous', 'cast', 'contiguous', 'f_contiguous', 'format', 'hex', 'itemsize', 'nbytes', 'ndim', 'obj', 'readonly', 'release', 'shape', 'strides', 'suboffsets', 'tobytes', 'tolist', 'toreadonly', '__iter__', '__buffer__', '__release_buffer__',
             '_from_flags'}
assert names == names_312, sorted(names ^ names_312)
