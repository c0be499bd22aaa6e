# mode: script
# A buffer with suboffsets is refused to consumers that do not ask for
# INDIRECT (struct.unpack, BytesIO.write), while memoryview() accepts it.
import io
import struct

from _testbuffer import ND_PIL, ndarray

pil = ndarray(list(range(6)), shape=[2, 3], format="B", flags=ND_PIL)
for name, consume in {"struct.unpack": lambda: struct.unpack("6B", pil),
                      "BytesIO.write": lambda: io.BytesIO().write(pil)}.items():
    try:
        consume()
    except BufferError:
        pass
    else:
        raise AssertionError(name + " accepted a buffer with suboffsets")
assert memoryview(pil).suboffsets == (0, -1)
