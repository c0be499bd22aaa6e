import collections.abc
hasattr(bytes, '__buffer__'), hasattr(collections.abc, 'Buffer')
isinstance(b'abc', collections.abc.Buffer)
isinstance('abc', collections.abc.Buffer), isinstance([1, 2], collections.abc.Buffer)
class Exporter:
    def __buffer__(self, flags):
        return memoryview(b'abc')

isinstance(Exporter(), collections.abc.Buffer)
