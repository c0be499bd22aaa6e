import array
import collections.abc
isinstance(b'', collections.abc.Buffer)
isinstance(memoryview(b''), collections.abc.Buffer)
issubclass(array.array, collections.abc.Buffer)
isinstance('', collections.abc.Buffer)
