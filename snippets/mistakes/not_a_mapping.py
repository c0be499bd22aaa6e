import collections.abc
view = memoryview(b'ab')
isinstance(view, collections.abc.Mapping)
isinstance(view, collections.abc.Sequence)
hasattr(view, 'keys'), hasattr(view, 'items'), hasattr(view, 'get')
view['a']
view[0]
