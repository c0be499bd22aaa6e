import collections.abc
m = memoryview(b'abracadabra')
isinstance(m, collections.abc.Sequence)
hasattr(m, 'count'), hasattr(m, 'index')
m.count(97)
m.index(98)
m.index(98, 2)
