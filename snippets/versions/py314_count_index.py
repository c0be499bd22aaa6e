import collections.abc
view = memoryview(b'abcabc')
isinstance(view, collections.abc.Sequence)
view.count(ord('a'))
view.index(ord('c'))
view.tolist().count(ord('a'))
