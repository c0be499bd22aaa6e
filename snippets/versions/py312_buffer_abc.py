import collections.abc
collections.abc.Buffer
isinstance(memoryview(b''), collections.abc.Buffer)
import inspect
inspect.BufferFlags.WRITABLE
